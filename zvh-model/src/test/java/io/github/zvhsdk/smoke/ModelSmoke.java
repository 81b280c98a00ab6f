package io.github.zvhsdk.smoke;

import io.github.zvhsdk.model.Bsn;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Partner;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Person;
import io.github.zvhsdk.model.PersonId;
import io.github.zvhsdk.model.Tier;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.Tri;
import java.time.LocalDate;

/** Exercises the model's exported API on a real module path: JSON both ways (Jackson's opens) and a constraint (HV's). */
public final class ModelSmoke {
    private ModelSmoke() {}

    public static void main(String[] args) {
        if (ModelSmoke.class.getModule().isNamed() || !Person.class.getModule().isNamed()) {
            throw new AssertionError("expected the model on the module path and this class on the class path");
        }
        Person p = Person.builder().id(PersonId.of("p-1")).bsn(Bsn.parse("111222333"))
                .dateOfBirth(LocalDate.of(2001, 2, 3)).build();
        Person back = ZvhJson.read(ZvhJson.write(p), Person.class);
        if (!back.equals(p)) {
            throw new AssertionError("round trip changed the value");
        }
        if (ZvhJson.read("\"UNKNOWN\"", Tri.class) != Tri.UNKNOWN) {
            throw new AssertionError("tri");
        }
        try {
            Partner.builder().type(PartnerType.GGZ).name(" ").tier(Tier.KEY_PARTNER).build();
            throw new AssertionError("a blank name must be refused");
        } catch (InvalidInputException expected) {
            if (!expected.getMessage().contains("@NotBlank")) {
                throw new AssertionError("the constraint did not fire: " + expected.getMessage());
            }
        }
        System.out.println("SMOKE OK " + Person.class.getModule().getName());
    }
}
