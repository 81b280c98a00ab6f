package io.github.zvhsdk.smoke;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Partner;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Person;
import io.github.zvhsdk.model.PersonId;
import io.github.zvhsdk.model.Tier;
import io.github.zvhsdk.model.json.ZvhJson;

/**
 * Builds, validates, refuses and writes model values in a fresh JVM and prints nothing itself: whatever the process
 * writes on standard output or standard error comes from the SDK or its dependencies. A failure is an exit code.
 */
public final class ModelQuiet {
    private ModelQuiet() {}

    public static void main(String[] args) {
        Person p = Person.builder().id(PersonId.of("p-1")).build();      // the first build bootstraps Hibernate Validator
        if (!ZvhJson.read(ZvhJson.write(p), Person.class).equals(p)) {
            System.exit(2);
        }
        try {
            Partner.builder().type(PartnerType.GGZ).name(" ").tier(Tier.KEY_PARTNER).build();
            System.exit(3);
        } catch (InvalidInputException expected) {
            // refused, as it must be: a refusal prints nothing either
        }
    }
}
