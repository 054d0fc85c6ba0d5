package nl.stemwerk.app.knowledge.content;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import nl.stemwerk.app.knowledge.KnowledgeRoles;
import nl.stemwerk.app.knowledge.KnowledgeTime;
import nl.stemwerk.app.knowledge.search.KnowledgeSearch;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Export and import of all content as a zip in the library's format, and the relevance page: hit@3 and MRR of the
 * relevance set over the current content, with a form to add a query.
 */
@Controller
@PreAuthorize(KnowledgeRoles.EDIT)
class ContentTransferController {
    private final ContentTransfer transfer;
    private final KnowledgeContent content;
    private final KnowledgeSearch search;
    private final Clock clock;

    ContentTransferController(ContentTransfer transfer, KnowledgeContent content, KnowledgeSearch search,
                              Clock clock) {
        this.transfer = transfer;
        this.content = content;
        this.search = search;
        this.clock = clock;
    }

    @GetMapping(ContentEditController.HOME + "/export.zip")
    ResponseEntity<byte[]> export() {
        return zip(transfer.export(), "kennisbank-" + KnowledgeTime.today(clock) + ".zip");
    }

    static ResponseEntity<byte[]> zip(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(bytes);
    }

    @GetMapping(ContentEditController.HOME + "/import")
    String importForm() {
        return "knowledge/edit-import";
    }

    @PostMapping(ContentEditController.HOME + "/import")
    String importZip(@RequestParam(name = "bestand", required = false) MultipartFile file, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problems", java.util.Map.of("bestand", "Kies het zipbestand met de inhoud."));
            return "knowledge/edit-import";
        }
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("imported", transfer.importZip(in));
        } catch (ContentRejected e) {
            model.addAttribute("rejected", e.problems());
            model.addAttribute("fileName", file.getOriginalFilename());
        }
        return "knowledge/edit-import";
    }

    @GetMapping(ContentEditController.HOME + "/relevantie")
    String relevance(Model model) {
        model.addAttribute("report", search.evaluateRelevance());
        model.addAttribute("snapshot", content.snapshot());
        return "knowledge/relevance";
    }

    @PostMapping(ContentEditController.HOME + "/relevantie")
    String addQuery(@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "") String expectedId,
                    @RequestParam(defaultValue = "") String note, Model model) {
        try {
            transfer.addRelevanceQuery(query, expectedId, note);
            return "redirect:" + ContentEditController.HOME + "/relevantie?toegevoegd";
        } catch (ContentRejected e) {
            model.addAttribute("rejected", e.problems());
            model.addAttribute("query", query);
            model.addAttribute("expectedId", expectedId);
            model.addAttribute("note", note);
            return relevance(model);
        }
    }
}
