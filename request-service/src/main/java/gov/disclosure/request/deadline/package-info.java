/**
 * The statutory deadline engine, written to be read beside regulation.md chapter 四 and section D.2.
 * <ul>
 *   <li>Working days: Monday–Friday, minus official holidays, plus official make-up days (D.2 rule 1).</li>
 *   <li>The trigger day is never counted; day 1 is the first working day after it (D.2 rule 2).</li>
 *   <li>Reply: 20 working days from receipt (Art. 33 ¶2); receipt date by channel (Art. 31).</li>
 *   <li>Correction (补正): notice within 7 working days of receipt, once; the reply period restarts from receipt of
 *       the corrected application (Art. 30).</li>
 *   <li>Third-party consultation: its time is not counted (Art. 33 ¶3) — from the letter to the reply, at most the
 *       third party's 15-working-day answer period (Art. 32).</li>
 *   <li>Extension: once, at most 20 working days, approved before the deadline, counted on from it (Art. 33 ¶2).</li>
 * </ul>
 * Pure functions over {@link gov.disclosure.request.deadline.ClockFacts}; no Spring, no persistence.
 */
package gov.disclosure.request.deadline;
