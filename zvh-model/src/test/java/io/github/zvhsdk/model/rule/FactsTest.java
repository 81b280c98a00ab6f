package io.github.zvhsdk.model.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Facts: with-chains and builders agree with a plain map of what is known")
class FactsTest {
    enum Colour { RED, GREEN, BLUE }

    static final Fact<Tri> A = Fact.tri("a");
    static final Fact<Tri> B = Fact.tri("b");
    static final Fact<Colour> C = Fact.ofEnum("c", Colour.class);
    /** A, B, C and 20 more: past a builder's first 16 slots. */
    static final List<Fact<?>> ALL = all();

    private static List<Fact<?>> all() {
        List<Fact<?>> all = new java.util.ArrayList<>(List.of(A, B, C));
        for (int i = 0; i < 20; i++) {
            all.add(Fact.tri("f" + i));
        }
        return List.copyOf(all);
    }

    @Test
    @DisplayName("seeded chains of with() of up to 120 steps over 23 facts (past the overlay bound) read, compare and print as the model map")
    void chainsAgreeWithTheModel() {
        SplittableRandom rnd = new SplittableRandom(20261204L);
        int longChains = 0;
        int unsets = 0;
        int big = 0;
        for (int run = 0; run < 1_000; run++) {
            Map<Fact<?>, Object> model = new HashMap<>();
            Facts f = Facts.empty();
            Facts.Builder built = Facts.builder();
            int steps = rnd.nextInt(121);
            for (int i = 0; i < steps; i++) {
                Fact<?> fact = ALL.get(rnd.nextInt(ALL.size()));
                Object v = rnd.nextInt(4) == 0 ? null : fact.values().get(rnd.nextInt(fact.values().size()));
                f = set(f, fact, v);
                setIn(built, fact, v);
                if (v == null) {
                    model.remove(fact);
                    unsets++;
                } else {
                    model.put(fact, v);
                }
                check(f, model);
            }
            if (steps > 8) {
                longChains++;
            }
            if (model.size() > 16) {
                big++;
            }
            Facts b = built.build();
            check(b, model);
            assertThat(b).isEqualTo(f).hasSameHashCodeAs(f).hasToString(f.toString());
        }
        assertThat(longChains).as("chains longer than the overlay bound").isGreaterThan(800);
        assertThat(unsets).as("steps that make a fact unknown").isGreaterThan(1_000);
        assertThat(big).as("runs ending with more than 16 known facts").isGreaterThan(100);
    }

    @Test
    @DisplayName("a builder used after build() does not change the facts it built")
    void builderAfterBuild() {
        Facts.Builder b = Facts.builder().with(A, Tri.TRUE);
        Facts first = b.build();
        b.with(A, Tri.FALSE).with(B, Tri.TRUE);
        assertThat(first.tri(A)).isEqualTo(Tri.TRUE);
        assertThat(first.isKnown(B)).isFalse();
        assertThat(b.build().tri(A)).isEqualTo(Tri.FALSE);
        b.with(B, null);
        assertThat(b.build().isKnown(B)).isFalse();
        assertThat(Facts.builder().build()).isSameAs(Facts.empty());
    }

    enum WithBody {
        PLAIN,
        SPECIAL {
            @Override
            public String toString() {
                return "special";
            }
        }
    }

    @Test
    @DisplayName("values are checked on every path: enum (with a constant that has a body), tri, odd tri lists, others")
    void valuesChecked() {
        Fact<WithBody> body = Fact.ofEnum("body", WithBody.class);
        assertThat(Facts.empty().with(body, WithBody.SPECIAL).get(body)).contains(WithBody.SPECIAL);
        assertThat(Facts.builder().with(body, WithBody.PLAIN).build().get(body)).contains(WithBody.PLAIN);
        // a tri fact whose values are not TRUE, FALSE: its own list decides
        Fact<Tri> odd = Fact.of("odd", List.of(Tri.FALSE, Tri.UNKNOWN));
        assertThat(Facts.empty().with(odd, Tri.FALSE).tri(odd)).isEqualTo(Tri.FALSE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Facts.empty().with(odd, Tri.TRUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("odd");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Facts.builder().with(odd, Tri.TRUE))
                .isInstanceOf(IllegalArgumentException.class);
        Fact<Tri> reversed = Fact.of("reversed", List.of(Tri.FALSE, Tri.TRUE));
        assertThat(Facts.empty().with(reversed, Tri.TRUE).tri(reversed)).isEqualTo(Tri.TRUE);
        // an enum fact over some of its constants only
        Fact<Colour> warm = Fact.of("warm", List.of(Colour.RED, Colour.GREEN));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Facts.empty().with(warm, Colour.BLUE))
                .isInstanceOf(IllegalArgumentException.class);
        // a value of another type for the same name
        @SuppressWarnings({"unchecked", "rawtypes"})
        Fact<Object> raw = (Fact) C;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Facts.empty().with(raw, Tri.TRUE))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Facts.builder().with(raw, WithBody.PLAIN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void check(Facts f, Map<Fact<?>, Object> model) {
        for (Fact<?> fact : ALL) {
            assertThat(f.get(fact).orElse(null)).isEqualTo(model.get(fact));
            assertThat(f.isKnown(fact)).isEqualTo(model.containsKey(fact));
        }
        assertThat(f.tri(A)).isEqualTo(model.getOrDefault(A, Tri.UNKNOWN));
        assertThat(f.is(C, Colour.RED)).isEqualTo(model.containsKey(C) ? Tri.of(model.get(C) == Colour.RED) : Tri.UNKNOWN);
        Facts fromModel = Facts.empty();
        for (Map.Entry<Fact<?>, Object> e : model.entrySet()) {
            fromModel = set(fromModel, e.getKey(), e.getValue());
        }
        assertThat(f).isEqualTo(fromModel).hasSameHashCodeAs(fromModel).hasToString(fromModel.toString());
    }

    @SuppressWarnings("unchecked")
    private static <T> Facts set(Facts f, Fact<T> fact, Object value) {
        return f.with(fact, (T) value);
    }

    @SuppressWarnings("unchecked")
    private static <T> void setIn(Facts.Builder b, Fact<T> fact, Object value) {
        b.with(fact, (T) value);
    }
}
