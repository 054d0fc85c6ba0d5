package nl.stemwerk.app.budget.votingcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class LetterPdfTest {
    private static final List<VotingCode> CODES = List.of(new VotingCode("7KQ2M9XD4HTW"),
            new VotingCode("0123456789AB"));

    @Test
    void everyCodeGetsItsOwnPageWithTheAddressInstructionsAndEmbeddedNotoSans() throws IOException {
        Letters letters = new Letters("West Maas en Waal", "Uw stemcode voor Dorpsbudget Dreumel",
                "U mag meebeslissen waar de gemeente € 60.000 aan uitgeeft.", "Kies de projecten die u het beste"
                + " vindt.", "https://stemwerk.example.nl/publiek/begrotingen/3", LocalDate.of(2026, 6, 14),
                CodeBatch.Per.HOUSEHOLD, LocalDate.of(2026, 5, 1), CODES,
                List.of(List.of("Fam. Jansen", "Dorpsstraat 1", "6621 AA Dreumel"), List.of("Fam. de Vries",
                        "Kerkstraat 2", "6621 AB Dreumel")));

        try (PDDocument pdf = Loader.loadPDF(LetterPdf.pdf(letters))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String first = text(pdf, 1);
            assertThat(first).contains("7KQ2-M9XD-4HTW").contains("Fam. Jansen").contains("6621 AA Dreumel")
                    .contains("https://stemwerk.example.nl/publiek/begrotingen/3")
                    .contains("Deze code is voor uw hele huishouden.").doesNotContain("0123-4567-89AB");
            assertThat(text(pdf, 2)).contains("0123-4567-89AB").contains("Fam. de Vries");
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertThat(font.getName()).contains("NotoSans");
                assertThat(font.isEmbedded()).isTrue();
            }
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged for screen readers").isNotNull();
        }
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
