package dk.samspil.finance.control;

import com.helger.ubl21.UBL21Marshaller;
import com.helger.ubl21.helper.UBL21InvoiceHelper;
import dk.samspil.finance.entity.InvoiceKind;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ContactType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.FinancialAccountType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyNameType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.CompanyIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.EndpointIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PaymentIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExemptionReasonType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Writes invoices and credit notes as Peppol BIS Billing 3.0 documents (UBL 2.1, EN 16931): the
 * college as seller, identified by its CVR number (scheme 0184); the payer as buyer, addressed by
 * its EAN number (GLN, scheme 0088) as NemHandel routes it; amounts in Danish kroner; every line
 * exempt from VAT (category E), since a public university college's education is
 * (momslovens § 13, stk. 1, nr. 3; VAT directive art. 132(1)(i)).
 */
public final class PeppolDocuments {

    static final String CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    static final String PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    private static final String CURRENCY = "DKK";
    private static final String EXEMPTION_CODE = "VATEX-EU-132-1I";
    private static final String EXEMPTION_REASON = "Undervisning, momsfri efter momslovens § 13, stk. 1, nr. 3";
    /** Payment by SEPA credit transfer (UNCL 4461 code 58) to the college's IBAN; the Danish rules (DK-R-005) allow it. */
    private static final String CREDIT_TRANSFER = "58";

    private PeppolDocuments() {
    }

    public static byte[] write(DocumentDraft draft, College college) {
        InvoiceType invoice = invoice(draft, college);
        String xml = draft.kind() == InvoiceKind.INVOICE
                ? UBL21Marshaller.invoice().getAsString(invoice)
                : UBL21Marshaller.creditNote().getAsString(creditNote(invoice, draft));
        if (xml == null) {
            throw new IllegalStateException("UBL document " + draft.number() + " could not be written");
        }
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static InvoiceType invoice(DocumentDraft draft, College college) {
        InvoiceType invoice = new InvoiceType();
        invoice.setCustomizationID(CUSTOMIZATION);
        invoice.setProfileID(PROFILE);
        invoice.setID(Long.toString(draft.number()));
        invoice.setIssueDate(draft.issueDate());
        invoice.setDueDate(draft.dueDate());
        invoice.setInvoiceTypeCode("380");
        invoice.setDocumentCurrencyCode(CURRENCY);
        invoice.setBuyerReference(draft.buyerReference());
        invoice.setAccountingSupplierParty(seller(college));
        invoice.setAccountingCustomerParty(buyer(draft.buyer()));
        invoice.addPaymentMeans(payment(draft, college));
        invoice.addTaxTotal(taxTotal(draft.total()));
        invoice.setLegalMonetaryTotal(totals(draft.total()));
        int position = 0;
        for (DocumentDraft.Line line : draft.lines()) {
            InvoiceLineType row = new InvoiceLineType();
            row.setID(Integer.toString(++position));
            if (line.note() != null) {
                row.addNote(new NoteType(line.note()));
            }
            row.setInvoicedQuantity(BigDecimal.ONE).setUnitCode("C62");
            row.setLineExtensionAmount(line.amount()).setCurrencyID(CURRENCY);
            if (line.reference() != null) {
                row.setAccountingCost(line.reference());
            }
            row.setItem(item(line));
            row.setPrice(price(line.amount()));
            invoice.addInvoiceLine(row);
        }
        return invoice;
    }

    /** The same document as a credit note (type 381) that names the invoice it credits. */
    private static CreditNoteType creditNote(InvoiceType invoice, DocumentDraft draft) {
        CreditNoteType note = new CreditNoteType();
        UBL21InvoiceHelper.cloneInvoiceToCreditNote(invoice, note);
        note.setCreditNoteTypeCode("381");
        DocumentReferenceType credited = new DocumentReferenceType();
        credited.setID(Long.toString(draft.credits().number()));
        credited.setIssueDate(draft.credits().issueDate());
        BillingReferenceType reference = new BillingReferenceType();
        reference.setInvoiceDocumentReference(credited);
        note.getBillingReference().clear();
        note.addBillingReference(reference);
        return note;
    }

    private static SupplierPartyType seller(College college) {
        PartyType party = new PartyType();
        EndpointIDType endpoint = new EndpointIDType(college.cvr());
        endpoint.setSchemeID("0184");
        party.setEndpointID(endpoint);
        PartyNameType name = new PartyNameType();
        name.setName(college.name());
        party.addPartyName(name);
        party.setPostalAddress(address(college.street(), college.postcode(), college.town()));
        PartyTaxSchemeType vat = new PartyTaxSchemeType();
        vat.setCompanyID("DK" + college.cvr());
        vat.setTaxScheme(vatScheme());
        party.addPartyTaxScheme(vat);
        PartyLegalEntityType legal = new PartyLegalEntityType();
        legal.setRegistrationName(college.name());
        CompanyIDType cvr = new CompanyIDType(college.cvr());
        cvr.setSchemeID("0184");
        legal.setCompanyID(cvr);
        party.addPartyLegalEntity(legal);
        ContactType contact = new ContactType();
        contact.setElectronicMail(college.email());
        party.setContact(contact);
        SupplierPartyType supplier = new SupplierPartyType();
        supplier.setParty(party);
        return supplier;
    }

    private static CustomerPartyType buyer(DocumentDraft.Buyer buyer) {
        PartyType party = new PartyType();
        EndpointIDType endpoint = new EndpointIDType(buyer.ean());
        endpoint.setSchemeID("0088");
        party.setEndpointID(endpoint);
        PartyNameType name = new PartyNameType();
        name.setName(buyer.name());
        party.addPartyName(name);
        party.setPostalAddress(address(buyer.street(), buyer.postcode(), buyer.town()));
        PartyLegalEntityType legal = new PartyLegalEntityType();
        legal.setRegistrationName(buyer.name());
        party.addPartyLegalEntity(legal);
        CustomerPartyType customer = new CustomerPartyType();
        customer.setParty(party);
        return customer;
    }

    private static AddressType address(String street, String postcode, String town) {
        AddressType address = new AddressType();
        if (street != null) {
            address.setStreetName(street);
        }
        if (postcode != null) {
            address.setPostalZone(postcode);
        }
        if (town != null) {
            address.setCityName(town);
        }
        CountryType country = new CountryType();
        country.setIdentificationCode("DK");
        address.setCountry(country);
        return address;
    }

    private static PaymentMeansType payment(DocumentDraft draft, College college) {
        PaymentMeansType means = new PaymentMeansType();
        means.setPaymentMeansCode(CREDIT_TRANSFER);
        means.addPaymentID(new PaymentIDType(Long.toString(draft.number())));
        FinancialAccountType account = new FinancialAccountType();
        account.setID(college.iban());
        means.setPayeeFinancialAccount(account);
        return means;
    }

    private static TaxTotalType taxTotal(BigDecimal total) {
        TaxTotalType tax = new TaxTotalType();
        tax.setTaxAmount(BigDecimal.ZERO.setScale(2)).setCurrencyID(CURRENCY);
        TaxSubtotalType subtotal = new TaxSubtotalType();
        subtotal.setTaxableAmount(total).setCurrencyID(CURRENCY);
        subtotal.setTaxAmount(BigDecimal.ZERO.setScale(2)).setCurrencyID(CURRENCY);
        TaxCategoryType category = exempt();
        category.setTaxExemptionReasonCode(EXEMPTION_CODE);
        category.addTaxExemptionReason(new TaxExemptionReasonType(EXEMPTION_REASON));
        subtotal.setTaxCategory(category);
        tax.addTaxSubtotal(subtotal);
        return tax;
    }

    private static MonetaryTotalType totals(BigDecimal total) {
        MonetaryTotalType totals = new MonetaryTotalType();
        totals.setLineExtensionAmount(total).setCurrencyID(CURRENCY);
        totals.setTaxExclusiveAmount(total).setCurrencyID(CURRENCY);
        totals.setTaxInclusiveAmount(total).setCurrencyID(CURRENCY);
        totals.setPayableAmount(total).setCurrencyID(CURRENCY);
        return totals;
    }

    private static ItemType item(DocumentDraft.Line line) {
        ItemType item = new ItemType();
        item.setName(line.item());
        item.addClassifiedTaxCategory(exempt());
        return item;
    }

    private static PriceType price(BigDecimal amount) {
        PriceType price = new PriceType();
        price.setPriceAmount(amount).setCurrencyID(CURRENCY);
        return price;
    }

    private static TaxCategoryType exempt() {
        TaxCategoryType category = new TaxCategoryType();
        category.setID("E");
        category.setPercent(BigDecimal.ZERO);
        category.setTaxScheme(vatScheme());
        return category;
    }

    private static TaxSchemeType vatScheme() {
        TaxSchemeType scheme = new TaxSchemeType();
        scheme.setID("VAT");
        return scheme;
    }
}
