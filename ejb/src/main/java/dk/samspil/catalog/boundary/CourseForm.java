package dk.samspil.catalog.boundary;

import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.EnrolmentTerms;
import dk.samspil.catalog.entity.Payer;
import dk.samspil.catalog.entity.TargetGroup;
import dk.samspil.catalog.entity.WaitingListPolicy;
import dk.samspil.shared.BilingualText;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * What the course form holds, by reference (theme code, municipality code, consultant id) rather
 * than by entity, so a page can bind to it and the boundary resolves and checks it.
 */
public class CourseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private BilingualText title = new BilingualText(Course.TITLE_MAX);
    private BilingualText description = new BilingualText(Course.DESCRIPTION_MAX);
    private String themeCode;
    private List<TargetGroup> targetGroups = List.of();
    private int ects;
    private BigDecimal price = BigDecimal.ZERO;
    private Payer payer = Payer.FUNDED;
    private String place;
    private String municipalityCode;
    private LocalDate registrationDeadline;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private int minParticipants = 1;
    private int maxParticipants = 20;
    private boolean leaderApprovalRequired;
    private WaitingListPolicy waitingListPolicy = WaitingListPolicy.PROMOTE;
    private Integer offerHours;
    private int waitingListCapacity;
    private Long consultantId;
    private LocalDate withdrawalDeadline;
    private boolean motivationRequired;
    private int minAttendancePercent = Course.DEFAULT_MIN_ATTENDANCE;

    static CourseForm of(Course course) {
        var form = new CourseForm();
        form.code = course.getCode();
        form.title = BilingualText.of(course.getTitle(), Course.TITLE_MAX);
        form.description = BilingualText.of(course.getDescription(), Course.DESCRIPTION_MAX);
        form.themeCode = course.getTheme().getCode();
        form.targetGroups = List.copyOf(course.getTargetGroups().isEmpty()
                ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(course.getTargetGroups()));
        form.ects = course.getEcts();
        EnrolmentTerms terms = course.getEnrolmentTerms();
        form.price = terms.getPrice();
        form.payer = terms.getPayer();
        form.place = course.getPlace();
        form.municipalityCode = course.getMunicipality() == null ? null : course.getMunicipality().getCode();
        form.registrationDeadline = terms.getRegistrationDeadline();
        form.periodStart = course.getPeriodStart();
        form.periodEnd = course.getPeriodEnd();
        form.minParticipants = terms.getMinParticipants();
        form.maxParticipants = terms.getMaxParticipants();
        form.leaderApprovalRequired = terms.isLeaderApprovalRequired();
        form.waitingListPolicy = terms.getWaitingListPolicy();
        form.offerHours = terms.getOfferHours();
        form.waitingListCapacity = terms.getWaitingListCapacity();
        form.consultantId = course.getConsultant().getId();
        form.withdrawalDeadline = terms.getWithdrawalDeadline();
        form.motivationRequired = terms.isMotivationRequired();
        form.minAttendancePercent = course.getMinAttendancePercent();
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public BilingualText getTitle() {
        return title;
    }

    public BilingualText getDescription() {
        return description;
    }

    public String getThemeCode() {
        return themeCode;
    }

    public void setThemeCode(String themeCode) {
        this.themeCode = themeCode;
    }

    public List<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<TargetGroup> targetGroups) {
        this.targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
    }

    public int getEcts() {
        return ects;
    }

    public void setEcts(int ects) {
        this.ects = ects;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public Payer getPayer() {
        return payer;
    }

    public void setPayer(Payer payer) {
        this.payer = payer;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public void setRegistrationDeadline(LocalDate registrationDeadline) {
        this.registrationDeadline = registrationDeadline;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public int getMinParticipants() {
        return minParticipants;
    }

    public void setMinParticipants(int minParticipants) {
        this.minParticipants = minParticipants;
    }

    public int getMaxParticipants() {
        return maxParticipants;
    }

    public void setMaxParticipants(int maxParticipants) {
        this.maxParticipants = maxParticipants;
    }

    public boolean isLeaderApprovalRequired() {
        return leaderApprovalRequired;
    }

    public void setLeaderApprovalRequired(boolean leaderApprovalRequired) {
        this.leaderApprovalRequired = leaderApprovalRequired;
    }

    public WaitingListPolicy getWaitingListPolicy() {
        return waitingListPolicy;
    }

    public void setWaitingListPolicy(WaitingListPolicy waitingListPolicy) {
        this.waitingListPolicy = waitingListPolicy;
    }

    public Integer getOfferHours() {
        return offerHours;
    }

    public void setOfferHours(Integer offerHours) {
        this.offerHours = offerHours;
    }

    public int getWaitingListCapacity() {
        return waitingListCapacity;
    }

    public void setWaitingListCapacity(int waitingListCapacity) {
        this.waitingListCapacity = waitingListCapacity;
    }

    public Long getConsultantId() {
        return consultantId;
    }

    public void setConsultantId(Long consultantId) {
        this.consultantId = consultantId;
    }

    public LocalDate getWithdrawalDeadline() {
        return withdrawalDeadline;
    }

    public void setWithdrawalDeadline(LocalDate withdrawalDeadline) {
        this.withdrawalDeadline = withdrawalDeadline;
    }

    public int getMinAttendancePercent() {
        return minAttendancePercent;
    }

    public void setMinAttendancePercent(int minAttendancePercent) {
        this.minAttendancePercent = minAttendancePercent;
    }

    public boolean isMotivationRequired() {
        return motivationRequired;
    }

    public void setMotivationRequired(boolean motivationRequired) {
        this.motivationRequired = motivationRequired;
    }
}
