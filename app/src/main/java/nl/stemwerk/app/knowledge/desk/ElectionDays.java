package nl.stemwerk.app.knowledge.desk;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.ElectionSummary;
import nl.stemwerk.app.knowledge.checklist.ChecklistService;
import org.springframework.stereotype.Component;

/**
 * The election days Stemwerk knows: those of the elections of the home municipality in Stemwerk, and those entered
 * by hand for a checklist (an election that is not, or not yet, in Stemwerk).
 */
@Component
public class ElectionDays {
    private final ElectionService elections;
    private final ChecklistService checklists;

    ElectionDays(ElectionService elections, ChecklistService checklists) {
        this.elections = elections;
        this.checklists = checklists;
    }

    public List<LocalDate> all() {
        return Stream.concat(elections.list().stream().map(ElectionSummary::electionDate),
                checklists.electionDays().stream()).distinct().sorted().toList();
    }
}
