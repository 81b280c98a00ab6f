package io.github.zvhsdk.model.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RefusalRule: fail-closed evaluation and missing facts per refusing rule (sharing.md)")
class RefusalRuleTest {
    enum Colour { RED, GREEN, BLUE }

    static final Fact<Tri> PROVIDER = Fact.tri("provider.participant");
    static final Fact<Tri> RECIPIENT = Fact.tri("recipient.participant");
    static final Fact<Colour> COLOUR = Fact.ofEnum("colour", Colour.class);

    /** "the provider or the recipient is not a participant". */
    static final RefusalRule PARTICIPANTS = RefusalRule.of("SHARE-PARTICIPANTS", List.of(PROVIDER, RECIPIENT),
            f -> f.tri(PROVIDER).not().or(f.tri(RECIPIENT).not()), List.of(Citation.of(SourceId.WGS, "")));

    @Test
    @DisplayName("a rule whose condition is FALSE does not refuse and names nothing")
    void falseCondition() {
        RuleResult r = PARTICIPANTS.evaluate(Facts.empty().with(PROVIDER, Tri.TRUE).with(RECIPIENT, Tri.TRUE));
        assertThat(r.value()).isEqualTo(Tri.FALSE);
        assertThat(r.missing()).isEmpty();
    }

    @Test
    @DisplayName("refusing on known facts names nothing: provider known not to participate, recipient unknown")
    void refusesOnKnownFacts() {
        RuleResult r = PARTICIPANTS.evaluate(Facts.empty().with(PROVIDER, Tri.FALSE));
        assertThat(r.value()).isEqualTo(Tri.TRUE);
        assertThat(r.missing()).isEmpty();
    }

    @Test
    @DisplayName("an UNKNOWN condition names the unknown facts that can decide it")
    void unknownCondition() {
        assertThat(PARTICIPANTS.evaluate(Facts.empty().with(PROVIDER, Tri.TRUE)).missing())
                .containsExactly("recipient.participant");
        RuleResult both = PARTICIPANTS.evaluate(Facts.empty());
        assertThat(both.value()).isEqualTo(Tri.UNKNOWN);
        assertThat(both.missing()).containsExactly("provider.participant", "recipient.participant");
    }

    @Test
    @DisplayName("a read fact that cannot change the outcome is not missing")
    void irrelevantFactNotMissing() {
        // refuses when colour is RED and provider is not a participant; colour read, but only RED matters
        RefusalRule rule = RefusalRule.of("X", List.of(PROVIDER, COLOUR, RECIPIENT),
                f -> f.is(COLOUR, Colour.RED).and(f.tri(PROVIDER).not()), List.of());
        RuleResult r = rule.evaluate(Facts.empty());
        assertThat(r.value()).isEqualTo(Tri.UNKNOWN);
        assertThat(r.missing()).containsExactly("colour", "provider.participant");
    }

    @Test
    @DisplayName("Facts: unknown is absent; is/isAnyOf are UNKNOWN on an unknown fact; values are checked")
    void facts() {
        Facts f = Facts.empty().with(COLOUR, Colour.GREEN).with(PROVIDER, Tri.UNKNOWN);
        assertThat(f.isKnown(PROVIDER)).isFalse();
        assertThat(f.is(COLOUR, Colour.GREEN)).isEqualTo(Tri.TRUE);
        assertThat(f.isAnyOf(COLOUR, List.of(Colour.RED, Colour.BLUE))).isEqualTo(Tri.FALSE);
        assertThat(f.is(RECIPIENT, Tri.TRUE)).isEqualTo(Tri.UNKNOWN);
        assertThat(f.with(COLOUR, null).isKnown(COLOUR)).isFalse();
        assertThat(f).hasToString("Facts{colour=GREEN}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Facts.empty().with(PROVIDER, (Tri) null).with(
                Fact.of("n", List.of(1, 2)), 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
