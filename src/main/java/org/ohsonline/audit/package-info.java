/**
 * The audit trail: every write, by UI or API, leaves an entry in the same transaction — who, when,
 * from where, what, before and after with personal data masked. Entries are hash-chained and the
 * chain can be verified.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.ohsonline.audit;
