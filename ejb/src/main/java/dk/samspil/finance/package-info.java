/**
 * Paying for courses: which enrolments a payer owes for ({@link dk.samspil.finance.entity.BillingRule}),
 * the invoices and credit notes issued for them in runs, numbered without gaps and written as Peppol
 * BIS Billing 3.0 (UBL 2.1) documents that pass the official validation rules before they are issued.
 * Depends on catalog, enrolment and people; nothing depends on it.
 */
package dk.samspil.finance;
