/**
 * {@code LOG-RECORD} of sharing.md: the processing log record of every allowed sharing of personal data
 * ({@link io.github.zvhsdk.privacy.log.ProcessingLog#recordFor}), immutable, with the record id and moment supplied by
 * the caller, and the data subject known by a pseudonymous {@link io.github.zvhsdk.model.PersonId}, never a BSN.
 *
 * <h2>Mapping onto Logboek Dataverwerkingen</h2>
 *
 * <p>The Dutch government's standard <em>Logboek Dataverwerkingen</em> (MinBZK/Logius; component "Logboek",
 * interface fields and {@code dpl.*} attributes) has a field for some of the record; the rest goes into attributes
 * under the SDK's own namespace {@code dpl.zvh.*}, which the standard allows (organisations define their own
 * key-value pairs). {@link io.github.zvhsdk.privacy.log.ProcessingRecord#logboekFields()} produces exactly this map.
 *
 * <table>
 *   <caption>ProcessingRecord → Logboek Dataverwerkingen</caption>
 *   <tr><th>record</th><th>Logboek field or attribute</th><th>note</th></tr>
 *   <tr><td>recordId</td><td>{@code operation_id}</td><td>the caller's id of this processing; the caller also supplies
 *       {@code trace_id} (and {@code parent_operation_id}) from its own context: the SDK does not know them</td></tr>
 *   <tr><td>moment</td><td>{@code start_time}, {@code end_time}</td><td>a sharing decision is instantaneous: both the
 *       same moment</td></tr>
 *   <tr><td>outcome</td><td>{@code status_code}</td><td>always {@code STATUS_CODE_OK}: only allowed sharings are
 *       logged; the outcome itself in {@code dpl.zvh.outcome}</td></tr>
 *   <tr><td>purpose</td><td>{@code name} ({@code zvh.sharing.PURPOSE}), {@code dpl.zvh.purpose}</td><td>the house
 *       maps each purpose to its register entry for {@code dpl.core.processing_activity_id} (a URI the SDK cannot
 *       know)</td></tr>
 *   <tr><td>dataSubject</td><td>{@code dpl.core.data_subject_id}, {@code dpl.zvh.data_subject_id_type = PersonId}</td>
 *       <td>the standard suggests an encrypted BSN; the SDK logs the pseudonymous PersonId instead, never a BSN</td></tr>
 *   <tr><td>caseRef, provider, recipient, category, regime, basis, ruleIds, conditions, asOf, configId/configDigest</td>
 *       <td>{@code dpl.zvh.case_ref}, {@code dpl.zvh.provider}, {@code dpl.zvh.recipient}, {@code dpl.zvh.category},
 *       {@code dpl.zvh.regime}, {@code dpl.zvh.basis}, {@code dpl.zvh.rule_ids}, {@code dpl.zvh.conditions},
 *       {@code dpl.zvh.as_of}, {@code dpl.zvh.config}</td><td>no field in the standard</td></tr>
 * </table>
 *
 * <p>All types are immutable and thread-safe.
 */
@NullMarked
package io.github.zvhsdk.privacy.log;

import org.jspecify.annotations.NullMarked;
