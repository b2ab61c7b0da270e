package dk.samspil.evaluation.entity;

import dk.samspil.shared.PersonalData.Kind;
import dk.samspil.shared.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That an enrolment has answered its course's evaluation; nothing links it to the answers. */
@Entity
@Table(name = "evaluation_receipt")
public class EvaluationReceipt {

    @Id
    @Column(name = "enrolment_id")
    @PersonalData(Kind.ACTIVITY)
    private long enrolmentId;

    protected EvaluationReceipt() {
    }

    public EvaluationReceipt(long enrolmentId) {
        this.enrolmentId = enrolmentId;
    }
}
