package dk.samspil.reflection.boundary;

import java.util.List;

public record CourseModules(String courseCode, String courseTitle, List<ModuleRow> modules) {
}
