package dk.samspil.catalog.boundary;

import dk.samspil.catalog.entity.CourseModule;

import java.io.Serializable;

/** The module form: title, description, learning objectives and reflection prompts, each in Danish and English, and whether completion needs a reflection on it. */
public class ModuleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String titleDa;
    private String titleEn;
    private String descriptionDa;
    private String descriptionEn;
    private String objectivesDa;
    private String objectivesEn;
    private String promptsDa;
    private String promptsEn;
    private boolean reflectionRequired;

    static ModuleForm of(CourseModule module) {
        var form = new ModuleForm();
        form.titleDa = module.getTitle().da();
        form.titleEn = module.getTitle().en();
        if (module.getDescription() != null) {
            form.descriptionDa = module.getDescription().da();
            form.descriptionEn = module.getDescription().en();
        }
        if (module.getObjectives() != null) {
            form.objectivesDa = module.getObjectives().da();
            form.objectivesEn = module.getObjectives().en();
        }
        if (module.getReflectionPrompts() != null) {
            form.promptsDa = module.getReflectionPrompts().da();
            form.promptsEn = module.getReflectionPrompts().en();
        }
        form.reflectionRequired = module.isReflectionRequired();
        return form;
    }

    public boolean isReflectionRequired() {
        return reflectionRequired;
    }

    public void setReflectionRequired(boolean reflectionRequired) {
        this.reflectionRequired = reflectionRequired;
    }

    public String getTitleDa() {
        return titleDa;
    }

    public void setTitleDa(String titleDa) {
        this.titleDa = titleDa;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionDa() {
        return descriptionDa;
    }

    public void setDescriptionDa(String descriptionDa) {
        this.descriptionDa = descriptionDa;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getObjectivesDa() {
        return objectivesDa;
    }

    public void setObjectivesDa(String objectivesDa) {
        this.objectivesDa = objectivesDa;
    }

    public String getObjectivesEn() {
        return objectivesEn;
    }

    public void setObjectivesEn(String objectivesEn) {
        this.objectivesEn = objectivesEn;
    }

    public String getPromptsDa() {
        return promptsDa;
    }

    public void setPromptsDa(String promptsDa) {
        this.promptsDa = promptsDa;
    }

    public String getPromptsEn() {
        return promptsEn;
    }

    public void setPromptsEn(String promptsEn) {
        this.promptsEn = promptsEn;
    }
}
