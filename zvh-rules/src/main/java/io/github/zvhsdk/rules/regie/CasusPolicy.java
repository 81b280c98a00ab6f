package io.github.zvhsdk.rules.regie;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Bsn;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The ordered casusregie policy ({@code REGIE-CASUS}, regie.md): a reference policy that a region replaces as a
 * whole. The first rule that applies decides. The centre of gravity ({@code CASUS-ZWAARTEPUNT}) counts each problem
 * leefgebied for the partner type whose expertise covers it ({@link #expertise()}) when that partner is involved, else
 * for {@link #fallback()}; the highest count holds casusregie, ties going to the first in {@link #tieOrder()}; with
 * no problem leefgebied, {@link #fallback()} holds it.
 *
 * <p>Valid by construction: at least one rule; unique ids, none of them {@code REGIE-SYSTEM} or {@code CASUS-AREA}
 * (the fixed rules around the policy); exactly the last rule unconditional (so that every input gets exactly one
 * outcome and no rule is unreachable); an expertise for all 12 leefgebieden; a tie order naming each partner type
 * the count can reach (the fallback and every expertise) exactly once. {@link #reference()} is the spec's list.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableCasusPolicy.class)
@JsonDeserialize(as = ImmutableCasusPolicy.class)
public interface CasusPolicy {
    /** The identity of the spec's reference policy. */
    String REFERENCE_ID = "REGIE-CASUS-REFERENCE";

    /** @return the policy's identity, recorded in every decision; 1–64 characters of {@code [A-Za-z0-9._:-]} */
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}", message = "must be 1 to 64 characters of A-Z a-z 0-9 . _ : -")
    String id();

    /** @return the rules, in order; the first that applies decides */
    List<CasusRule> rules();

    /** @return per leefgebied, the partner type whose expertise covers it */
    Map<LifeDomain, PartnerType> expertise();

    /** @return the order in which ties of the centre of gravity are broken, first wins */
    List<PartnerType> tieOrder();

    /** @return the partner type that counts a leefgebied whose expert is not involved, and holds casusregie when no problem is known */
    @Value.Default
    default PartnerType fallback() {
        return PartnerType.GEMEENTE;
    }

    /** @return the spec's reference policy, identity {@value #REFERENCE_ID} */
    static CasusPolicy reference() {
        return ReferencePolicy.POLICY;
    }

    /** @return a new builder */
    static ImmutableCasusPolicy.Builder builder() {
        return ImmutableCasusPolicy.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations v = Violations.of(this, "CasusPolicy");
        v.require(!Bsn.mayAppearIn(id()), "id", "MODEL-BSN",
                "must not hold a run of 8 or more digits (it could be a BSN)");
        v.require(!rules().isEmpty(), "rules", "REGIE-CASUS", "must name at least one rule");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules().size(); i++) {
            CasusRule r = rules().get(i);
            v.require(ids.add(r.id()), "rules[" + i + "].id", "REGIE-CASUS", "id " + r.id() + " is used twice");
            v.require(!r.id().equals(Regie.SYSTEM_RULE) && !r.id().equals(Regie.AREA_RULE), "rules[" + i + "].id",
                    "REGIE-CASUS", "id " + r.id() + " is reserved for the fixed rule of that name");
            boolean last = i == rules().size() - 1;
            v.require(r.unconditional() == last, "rules[" + i + "]", "REGIE-CASUS", last
                    ? "the last rule must apply always (no condition), so that every case gets a casusregisseur"
                    : "only the last rule may apply always; a rule after it could never apply");
        }
        for (LifeDomain d : LifeDomain.values()) {
            v.require(expertise().containsKey(d), "expertise." + d.name(), "CASUS-ZWAARTEPUNT",
                    "every leefgebied needs a partner type whose expertise covers it");
        }
        Set<PartnerType> reachable = new HashSet<>(expertise().values());
        reachable.add(fallback());
        v.require(tieOrder().size() == new HashSet<>(tieOrder()).size(), "tieOrder", "CASUS-ZWAARTEPUNT",
                "names a partner type twice");
        v.require(tieOrder().containsAll(reachable), "tieOrder", "CASUS-ZWAARTEPUNT",
                "must name the fallback and every partner type of the expertise");
        v.throwIfAny();
    }
}
