package dk.samspil.development.boundary;

public record InstitutionShare(String institution, long staff, long withCourse) {

    public double share() {
        return staff == 0 ? 0 : (double) withCourse / staff;
    }
}
