package dk.samspil.finance.control;

import com.helger.diagnostics.error.IError;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation2025_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import dk.samspil.finance.entity.InvoiceKind;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The official rules every document is checked against before it is issued: the UBL 2.1 schema,
 * the EN 16931 rules and the Peppol BIS Billing 3.0 rules (with the Danish national rules), as
 * published by OpenPeppol (release 2025.5) and run by phive. The rules are compiled once, when the
 * first document is checked (a few seconds); a check then takes some tens of milliseconds.
 */
public final class BisBillingRules {

    private static final class Compiled {
        private static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY = registry();

        private static ValidationExecutorSetRegistry<IValidationSourceXML> registry() {
            var registry = new ValidationExecutorSetRegistry<IValidationSourceXML>();
            EN16931Validation.initEN16931(registry);
            PeppolValidation2025_05.init(registry);
            return registry;
        }
    }

    private BisBillingRules() {
    }

    /**
     * Compiles the rules for invoices and credit notes now, by checking a small sample of each, so
     * that the first run does not wait for it.
     */
    static void compile() {
        LocalDate today = LocalDate.now();
        var buyer = new DocumentDraft.Buyer("5798000000001", null, "Prøve", null, null, "Vejle");
        var lines = List.of(new DocumentDraft.Line("Prøve", null, null, BigDecimal.ONE));
        College college = College.configured();
        errors(PeppolDocuments.write(new DocumentDraft(InvoiceKind.INVOICE, 1, today, today, buyer, "Prøve", null, lines),
                college), InvoiceKind.INVOICE);
        errors(PeppolDocuments.write(new DocumentDraft(InvoiceKind.CREDIT_NOTE, 2, today, today, buyer, "Prøve",
                new DocumentDraft.Credited(1, today), lines), college), InvoiceKind.CREDIT_NOTE);
    }

    /** Every error the rules find in the document, each as "rule id: text"; empty when it passes. */
    public static List<String> errors(byte[] document, InvoiceKind kind) {
        IValidationExecutorSet<IValidationSourceXML> rules = Compiled.REGISTRY.getOfID(kind == InvoiceKind.INVOICE
                ? PeppolValidation2025_05.VID_OPENPEPPOL_INVOICE_UBL_V3
                : PeppolValidation2025_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3);
        Document parsed;
        try {
            parsed = parse(document);
        } catch (SAXException | IOException e) {
            return List.of("XML: " + e.getMessage());
        }
        ValidationResultList results = ValidationExecutionManager.executeValidation(
                IValidityDeterminator.createDefault(), rules, ValidationSourceXML.create(null, parsed));
        List<String> errors = new ArrayList<>();
        results.forEachFlattened(IError::isError, error -> errors.add(
                (error.getErrorID() == null ? "XSD" : error.getErrorID()) + ": " + error.getErrorText(Locale.ENGLISH)));
        return errors;
    }

    private static Document parse(byte[] document) throws SAXException, IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(document));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
