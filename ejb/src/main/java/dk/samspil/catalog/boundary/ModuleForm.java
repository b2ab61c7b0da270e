package dk.samspil.catalog.boundary;

import dk.samspil.catalog.entity.CourseModule;
import dk.samspil.shared.BilingualText;

import java.io.Serializable;

/** The module form: title, description, learning objectives and reflection prompts, each in Danish and English, and whether completion needs a reflection on it. */
public class ModuleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private BilingualText title = new BilingualText(CourseModule.TITLE_MAX);
    private BilingualText description = new BilingualText(CourseModule.TEXT_MAX);
    private BilingualText objectives = new BilingualText(CourseModule.TEXT_MAX);
    private BilingualText prompts = new BilingualText(CourseModule.TEXT_MAX);
    private boolean reflectionRequired;

    static ModuleForm of(CourseModule module) {
        var form = new ModuleForm();
        form.title = BilingualText.of(module.getTitle(), CourseModule.TITLE_MAX);
        form.description = BilingualText.of(module.getDescription(), CourseModule.TEXT_MAX);
        form.objectives = BilingualText.of(module.getObjectives(), CourseModule.TEXT_MAX);
        form.prompts = BilingualText.of(module.getReflectionPrompts(), CourseModule.TEXT_MAX);
        form.reflectionRequired = module.isReflectionRequired();
        return form;
    }

    public boolean isReflectionRequired() {
        return reflectionRequired;
    }

    public void setReflectionRequired(boolean reflectionRequired) {
        this.reflectionRequired = reflectionRequired;
    }

    public BilingualText getTitle() {
        return title;
    }

    public BilingualText getDescription() {
        return description;
    }

    public BilingualText getObjectives() {
        return objectives;
    }

    public BilingualText getPrompts() {
        return prompts;
    }
}
