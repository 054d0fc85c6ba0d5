package nl.stemwerk.app.dataentry;

import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.app.dataentry.FormSection.FormField;
import nl.stemwerk.app.dataentry.FormSection.Kind;
import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.PoliticalGroup;
import nl.stemwerk.kieswet.entry.EntryModel;
import nl.stemwerk.kieswet.entry.Fields;

/**
 * The sections of each paper model in the order of the paper: Na 31-2 Bijlage 1 (GSB, central counting) opens with
 * the B1-1 and B1-2 questions, N 10-1 (GSB, decentral counting) with the counts, Na 31-2 as the CSB enters it with the
 * number of eligible voters. Then admitted voters (A–D), votes (E–H), differences (I, J) and one section per list.
 * Field C (kiezerspassen) is left out: a council election has none.
 */
public final class EntrySections {
    /** The key of the last step, where the typist checks and finishes. */
    public static final String CHECK = "controleren";

    private EntrySections() {
    }

    public static List<FormSection> of(EntryModel model, List<PoliticalGroup> lists) {
        List<FormSection> sections = new ArrayList<>();
        if (model == EntryModel.GSB_CSO) {
            sections.add(section("extra-onderzoek", "entry.section.extraInvestigation",
                    yesNo(Fields.EXTRA_INVESTIGATION_OTHER_REASON), yesNo(Fields.EXTRA_INVESTIGATION_BALLOTS_RECOUNTED)));
            sections.add(section("verschillen-stembureau", "entry.section.countingDifferences",
                    yesNo(Fields.COUNTING_DIFFERENCE_EXPLAINED), yesNo(Fields.COUNTING_DIFFERENCE_PER_LIST)));
        }
        if (model == EntryModel.CSB) {
            sections.add(section("kiesgerechtigden", "entry.section.eligibleVoters",
                    FormField.number(Fields.ELIGIBLE_VOTERS)));
        }
        sections.add(section("kiezers", "entry.section.voters", FormField.number(Fields.A),
                FormField.number(Fields.B), FormField.number(Fields.D)));
        List<FormField> votes = new ArrayList<>();
        for (PoliticalGroup list : lists) {
            votes.add(new FormField(Fields.listTotal(list.number()), Kind.NUMBER, "entry.field.listTotal",
                    List.of(list.number(), list.name())));
        }
        votes.add(FormField.number(Fields.E));
        votes.add(FormField.number(Fields.F));
        votes.add(FormField.number(Fields.G));
        votes.add(FormField.number(Fields.H));
        sections.add(new FormSection("stemmen", "entry.section.votes", List.of(), votes));
        if (model == EntryModel.CSB) {
            sections.add(section("verschillen", "entry.section.differences", FormField.number(Fields.I),
                    FormField.number(Fields.J)));
        } else {
            sections.add(section("verschillen", "entry.section.differences", tick(Fields.D_EQUALS_H),
                    tick(Fields.H_MORE_THAN_D), tick(Fields.H_LESS_THAN_D), FormField.number(Fields.I),
                    FormField.number(Fields.J), yesNo(Fields.DIFFERENCE_EXPLAINED)));
        }
        for (PoliticalGroup list : lists) {
            List<FormField> fields = new ArrayList<>();
            for (Candidate candidate : list.candidates()) {
                fields.add(new FormField(Fields.candidate(list.number(), candidate.number()), Kind.NUMBER,
                        "entry.field.candidate", List.of(candidate.number(), candidate.displayName())));
            }
            fields.add(new FormField(Fields.candidateListTotal(list.number()), Kind.NUMBER,
                    "entry.field.candidateListTotal", List.of(list.number())));
            sections.add(new FormSection("lijst-" + list.number(), "entry.section.list",
                    List.of(list.number(), list.name()), fields));
        }
        return sections;
    }

    private static FormSection section(String key, String titleKey, FormField... fields) {
        return new FormSection(key, titleKey, List.of(), List.of(fields));
    }

    private static FormField yesNo(String name) {
        return new FormField(name, Kind.YES_NO, FieldLabels.labelKey(name), List.of());
    }

    private static FormField tick(String name) {
        return new FormField(name, Kind.TICK, FieldLabels.labelKey(name), List.of());
    }
}
