package dk.samspil.enrolment.web;

import dk.samspil.enrolment.boundary.Certificates;
import dk.samspil.enrolment.boundary.Verification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** verify.xhtml?code=: the public check of a certificate's verification code. */
@Named
@RequestScoped
public class VerifyBacking {

    @Inject
    Certificates certificates;

    private String code;
    private Verification verification;

    public void load() {
        if (code != null && !code.isBlank()) {
            verification = certificates.verify(code.length() > 40 ? code.substring(0, 40) : code);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Verification getVerification() {
        return verification;
    }
}
