package nl.stemwerk.app.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.documents.SessionDocuments;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.app.platform.web.Forms;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.kieswet.election.PollingStationType;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Referral and correction on one page: the CSB orders an investigation of a station; the GSB records its findings in
 * its later session and finishes that session with the corrigendum. The typists enter the corrections on their usual
 * pages.
 */
@Controller
@PreAuthorize("hasAnyRole('CSB', 'GSB_VOORZITTER', 'GSB_LID', 'COORDINATOR', 'RAADPLEGER')")
class ReferralController {
    private static final String CSB = "hasRole('CSB')";
    private static final Locale DUTCH = Locale.of("nl");
    private static final String GSB_RECORDERS = "hasAnyRole('GSB_VOORZITTER', 'COORDINATOR')";

    private final ElectionService elections;
    private final CommitteeSessionService sessions;
    private final ReferralService referrals;
    private final CorrigendumService corrigenda;
    private final SessionDocuments documents;
    private final MessageSource messages;

    ReferralController(ElectionService elections, CommitteeSessionService sessions, ReferralService referrals,
                       CorrigendumService corrigenda, SessionDocuments documents, MessageSource messages) {
        this.elections = elections;
        this.sessions = sessions;
        this.referrals = referrals;
        this.corrigenda = corrigenda;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping("/verkiezingen/{id:\\d+}/onderzoeken")
    String page(@PathVariable long id, Model model) {
        StoredElection election = elections.get(id);
        CommitteeSession gsb = sessions.latest(id, Committee.GSB);
        CommitteeSession csb = sessions.latest(id, Committee.CSB);
        boolean later = gsb.number() > 1;
        model.addAttribute("election", election.summary());
        model.addAttribute("stations", election.stations());
        model.addAttribute("partKeys", partLabels(election));
        model.addAttribute("csbSession", csb);
        model.addAttribute("committeeSession", gsb);
        model.addAttribute("later", later);
        model.addAttribute("investigations", later ? referrals.ofSession(gsb.id()) : List.of());
        model.addAttribute("obstacles", later && gsb.status().isOpen() ? corrigenda.obstacles(gsb.id()) : List.of());
        model.addAttribute("documents", later ? documents.latest(gsb.id()) : List.of());
        return "referral/investigations";
    }

    /** Every part of the proces-verbaal the GSB can tick, with its name on the page. */
    private Map<String, String> partLabels(StoredElection election) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String part : CorrectedPart.all(election.countingMethod().gsbEntryModel(), election.lists())) {
            labels.put(part, part.startsWith("lijst-") ? election.lists().stream()
                    .filter(l -> part.equals("lijst-" + l.number())).findFirst()
                    .map(l -> messages.getMessage("referral.part.list", new Object[] {l.number(), l.name()}, DUTCH))
                    .orElseThrow() : messages.getMessage("referral.part." + part, null, DUTCH));
        }
        return labels;
    }

    @PostMapping("/verkiezingen/{id:\\d+}/onderzoeken")
    @PreAuthorize(CSB)
    String order(@PathVariable long id, @RequestParam int station, @RequestParam(defaultValue = "") String reason,
                 Model model) {
        return Forms.submit(model, () -> {
            referrals.order(sessions.latest(id, Committee.CSB).id(), station, reason);
            return "redirect:/verkiezingen/" + id + "/onderzoeken?opgedragen";
        }, () -> page(id, model));
    }

    @PostMapping("/verkiezingen/{id:\\d+}/onderzoeken/stembureau-toevoegen")
    @PreAuthorize(CSB)
    String orderAddedStation(@PathVariable long id, @RequestParam(defaultValue = "0") int number,
                             @RequestParam(defaultValue = "") String name,
                             @RequestParam(defaultValue = "") String reason, Model model) {
        return Forms.submit(model, () -> {
            if (number < 1) {
                throw InvalidInput.of("number", "Vul het nummer van het stembureau in (1 of hoger).");
            }
            referrals.orderAddedStation(sessions.latest(id, Committee.CSB).id(), new PollingStation(number,
                    name.trim(), "", PollingStationType.FIXED, OptionalLong.empty()), reason);
            return "redirect:/verkiezingen/" + id + "/onderzoeken?opgedragen";
        }, () -> page(id, model));
    }

    @PostMapping("/verkiezingen/{id:\\d+}/onderzoeken/{investigation:\\d+}")
    @PreAuthorize(GSB_RECORDERS)
    String conclude(@PathVariable long id, @PathVariable long investigation, @RequestParam int version,
                    @RequestParam(defaultValue = "") String findings,
                    @RequestParam(defaultValue = "false") boolean recounted,
                    @RequestParam(name = "part", required = false) List<String> parts, Model model) {
        return Forms.submit(model, () -> {
            referrals.conclude(investigation, version, findings, recounted, parts == null ? List.of() : parts);
            return "redirect:/verkiezingen/" + id + "/onderzoeken?afgerond=" + investigation;
        }, () -> page(id, model));
    }

    @PostMapping("/verkiezingen/{id:\\d+}/onderzoeken/afronden")
    @PreAuthorize(GSB_RECORDERS)
    String finish(@PathVariable long id, @RequestParam int version, Model model) {
        return Forms.submit(model, () -> {
            corrigenda.finish(sessions.latest(id, Committee.GSB).id(), version);
            return "redirect:/verkiezingen/" + id + "/onderzoeken?vastgesteld";
        }, () -> page(id, model));
    }
}
