package dk.samspil.catalog.boundary;

import java.io.Serializable;

import java.util.List;

/** The choices the planning forms offer: active themes and rooms, municipalities, people and partners. */
public record PlanningOptions(List<Option> themes, List<Option> municipalities, List<Option> consultants,
                             List<Option> rooms, List<Option> facilitators, List<Option> partners) implements Serializable {

    /** {@code value} is what the form submits (a code or an id), {@code label} what it shows. */
    public record Option(String value, String label) implements Serializable {
    }
}
