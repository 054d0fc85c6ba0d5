package nl.stemwerk.eml.internal;

import java.time.LocalDate;
import java.util.Optional;

import nl.stemwerk.eml.Authority;
import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.eml.ElectionIdentity;
import nl.stemwerk.eml.EmlErrorCode;
import nl.stemwerk.kieswet.election.ElectionDomain;

/** Readers for the elements that several EML_NL messages share. */
public final class CommonElements {
    private CommonElements() {
    }

    /** Reads {@code ManagingAuthority}. */
    public static Authority readAuthority(XmlCursor cursor) {
        Authority authority = null;
        while (cursor.nextChild()) {
            if ("AuthorityIdentifier".equals(cursor.localName())) {
                String id = cursor.requiredAttribute("Id");
                authority = new Authority(id, cursor.text());
            } else {
                cursor.skip();
            }
        }
        if (authority == null) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE, "Bij <ManagingAuthority> ontbreekt"
                    + " <AuthorityIdentifier>: wie het bestand heeft gemaakt.");
        }
        return authority;
    }

    /** Reads {@code ElectionIdentifier}; its parts may come in any order, as the schema allows. */
    public static ElectionIdentity readElection(XmlCursor cursor) {
        String id = cursor.requiredAttribute("Id");
        String name = "";
        String category = null;
        String subcategory = "";
        ElectionDomain domain = null;
        LocalDate electionDate = null;
        LocalDate nominationDate = null;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "ElectionName" -> name = cursor.text();
                case "ElectionCategory" -> category = cursor.text().strip();
                case "ElectionSubcategory" -> subcategory = cursor.text().strip();
                case "ElectionDomain" -> {
                    String code = cursor.attribute("Id");
                    domain = new ElectionDomain(code == null ? "" : code, cursor.text());
                }
                case "ElectionDate" -> electionDate = cursor.date();
                case "NominationDate" -> nominationDate = cursor.date();
                default -> cursor.skip();
            }
        }
        if (category == null || electionDate == null) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE, "Bij <ElectionIdentifier> ontbreekt "
                    + (category == null ? "<ElectionCategory>: de soort verkiezing." : "<kr:ElectionDate>: de"
                    + " verkiezingsdag."));
        }
        return new ElectionIdentity(id, name, category, subcategory, Optional.ofNullable(domain), electionDate,
                Optional.ofNullable(nominationDate));
    }

    /** Reads {@code ContestIdentifier}. */
    public static ContestIdentity readContest(XmlCursor cursor) {
        String id = cursor.requiredAttribute("Id");
        return new ContestIdentity(id, cursor.childText("ContestName"));
    }

    /**
     * Writes {@code ElectionIdentifier}. Only the 110a and the 230b may carry the nomination date; the strict
     * schemas of the 110b, 510 and 520 refuse it.
     */
    public static void writeElection(EmlXmlWriter out, ElectionIdentity election, boolean withNominationDate) {
        out.start(Namespaces.EML, "ElectionIdentifier");
        out.attribute("Id", election.id());
        if (!election.name().isEmpty()) {
            out.element(Namespaces.EML, "ElectionName", election.name());
        }
        out.element(Namespaces.EML, "ElectionCategory", election.categoryCode());
        if (!election.subcategory().isEmpty()) {
            out.element(Namespaces.KR, "ElectionSubcategory", election.subcategory());
        }
        election.domain().ifPresent(domain -> {
            out.start(Namespaces.KR, "ElectionDomain");
            if (!domain.code().isEmpty()) {
                out.attribute("Id", domain.code());
            }
            out.text(domain.name());
            out.end();
        });
        out.element(Namespaces.KR, "ElectionDate", election.electionDate().toString());
        if (withNominationDate) {
            election.nominationDate().ifPresent(date -> out.element(Namespaces.KR, "NominationDate", date.toString()));
        }
        out.end();
    }

    /** Writes {@code ContestIdentifier}. */
    public static void writeContest(EmlXmlWriter out, ContestIdentity contest) {
        if (contest.name().isEmpty()) {
            out.empty(Namespaces.EML, "ContestIdentifier");
            out.attribute("Id", contest.id());
            return;
        }
        out.start(Namespaces.EML, "ContestIdentifier");
        out.attribute("Id", contest.id());
        out.element(Namespaces.EML, "ContestName", contest.name());
        out.end();
    }

    /** Writes {@code AffiliationIdentifier}: a list by number and appellation. */
    public static void writeAffiliation(EmlXmlWriter out, int number, String name) {
        out.start(Namespaces.EML, "AffiliationIdentifier");
        out.attribute("Id", Integer.toString(number));
        out.element(Namespaces.EML, "RegisteredName", name);
        out.end();
    }
}
