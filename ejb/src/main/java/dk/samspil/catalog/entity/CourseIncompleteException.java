package dk.samspil.catalog.entity;

import dk.samspil.shared.BusinessException;

import java.util.List;

/** Publishing refused: every missing piece is named, so the consultant can fix them all in one go. */
public class CourseIncompleteException extends BusinessException {

    private final List<String> problems;

    public CourseIncompleteException(List<String> problems) {
        super("catalog.publish.incomplete");
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<Detail> details() {
        return problems.stream().map(Detail::new).toList();
    }
}
