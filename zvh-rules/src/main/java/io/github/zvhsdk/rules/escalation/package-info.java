/**
 * Escalation (spec/escalation.md): the AVE phase of a case from its facts, as a range of phases while facts are
 * unknown ({@code AVE-PHASE}); the venue, "lokaal, tenzij", with the grounds that bring a case to the house (stalled
 * cooperation, an acute threat, failing voluntary help, one of the house's themes) and its staying there while it meets
 * the criteria ({@code VENUE-LOCAL-UNLESS}, rev. 2); the direction against the
 * recorded phase and the house's advisory role when a case goes back to local ({@code AVE-DIRECTION}); the
 * responsibilities per phase ({@code AVE-ROLES}, a template a region replaces as a whole); and governance escalation
 * ({@code GOV-ESCALATE}).
 *
 * <p>Entry points: {@link io.github.zvhsdk.rules.escalation.Escalation#assess} and
 * {@link io.github.zvhsdk.rules.escalation.GovernanceEscalation#next}. All types are immutable and thread-safe; methods
 * never accept or return null unless their Javadoc says so.
 */
@NullMarked
@ZvhStyle
package io.github.zvhsdk.rules.escalation;

import io.github.zvhsdk.model.ZvhStyle;
import org.jspecify.annotations.NullMarked;
