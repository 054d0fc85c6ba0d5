package nl.stemwerk.kieswet.check;

/**
 * The checks on an entered proces-verbaal, with the codes the Kiesraad's software and its cheat sheets use.
 * F = error: the result cannot become definitive until it is resolved (on paper or by the coordinator). W = warning:
 * something remarkable the committee must look at and explain. The rule text is the Kiesraad's, in Dutch; field
 * letters as on the form (A poll cards … J fewer ballots).
 *
 * <p>Which entries a code applies to: GSB CSO (municipal committee, central counting, Na 31-2 Bijlage 1), GSB DSO
 * (municipal committee, decentral counting, N 10-1), CSB (central committee entering Na 31-2).
 */
public enum CheckCode {
    /** GSB CSO. B1-1 "Alleen bij extra onderzoek": één van beide vragen is beantwoord, en de andere niet. */
    F101,
    /** GSB CSO. B1-1 "Alleen bij extra onderzoek": meerdere antwoorden op één van de vragen. */
    F102,
    /** GSB CSO. B1-2 "Verschillen met telresultaten van het stembureau": één of beide vragen zijn niet beantwoord. */
    F111,
    /** GSB CSO. B1-2 "Verschillen met telresultaten van het stembureau": meerdere antwoorden per vraag. */
    F112,
    /**
     * GSB CSO, GSB DSO, CSB. A + B (+ C) ≠ D: stempassen + volmachtbewijzen (+ kiezerspassen) ≠ totaal toegelaten
     * kiezers.
     */
    F201,
    /** GSB CSO, GSB DSO, CSB. (Alleen als F.204 niet getoond wordt) E.1 t/m E.n tellen niet op tot E. */
    F202,
    /** GSB CSO, GSB DSO, CSB. (Alleen als F.204 niet getoond wordt) E + F + G ≠ H. */
    F203,
    /** GSB CSO, GSB DSO, CSB. De som van de lijsttotalen E.1 t/m E.n is groter dan 0 en E is leeg of 0. */
    F204,
    /** GSB CSO, GSB DSO. "Vergelijk D en H": "D = H" is aangevinkt, maar D ≠ H. */
    F301,
    /** GSB CSO, GSB DSO. "Vergelijk D en H": "H > D" is aangevinkt, maar H ≤ D. */
    F302,
    /** GSB CSO, GSB DSO. "Vergelijk D en H": "H < D" is aangevinkt, maar H ≥ D. */
    F303,
    /** GSB CSO, GSB DSO. "Vergelijk D en H": meerdere vakjes aangevinkt, of geen enkel. */
    F304,
    /** GSB CSO, GSB DSO. D = H, maar I en/of J is ingevuld. */
    F305,
    /** GSB CSO, GSB DSO. H > D en I ≠ H − D. */
    F306,
    /** GSB CSO, GSB DSO. H > D en J is ingevuld. */
    F307,
    /** GSB CSO, GSB DSO. H < D en J ≠ D − H. */
    F308,
    /** GSB CSO, GSB DSO. H < D en I is ingevuld. */
    F309,
    /**
     * GSB CSO, GSB DSO. D ≠ H en bij "Is het verschil volledig verklaard?" is niets aangevinkt, of zowel ja als
     * nee.
     */
    F310,
    /**
     * CSB. Totaal toegelaten kiezers (D) ≠ totaal uitgebrachte stemmen (H) − méér getelde (I) + minder getelde
     * (J).
     */
    F312,
    /**
     * GSB CSO, GSB DSO, CSB. Er zijn stemmen op kandidaten van een lijst, of het lijsttotaal E.x van die lijst is
     * groter dan 0, en het totaal van de lijst is leeg of 0.
     */
    F401,
    /**
     * GSB CSO, GSB DSO, CSB. (Alleen als F.401 niet getoond wordt) Totaal van een lijst ≠ som van de stemmen op de
     * kandidaten.
     */
    F402,
    /** GSB CSO, GSB DSO, CSB. (Alleen als F.401 niet getoond wordt) Totaal van een lijst ≠ het lijsttotaal E.x. */
    F403,
    /** GSB CSO, GSB DSO, CSB. Tweede invoer: niet alle waarden zijn gelijk aan die van de eerste invoer. */
    W001,
    /**
     * GSB CSO, GSB DSO, CSB. Een coördinator heeft beide invoeren vergeleken en aangegeven dat in deze invoer fouten
     * zijn gemaakt. Gezet door de app wanneer de coördinator dat doet; de bibliotheek berekent deze code niet.
     */
    W002,
    /** GSB CSO, GSB DSO. F (blanco) ≥ 3% van H, met de grens ⌈H × 3 / 100⌉; niet als F = H = 0. */
    W201,
    /** GSB CSO, GSB DSO. G (ongeldig) ≥ 3% van H, met de grens ⌈H × 3 / 100⌉; niet als G = H = 0. */
    W202,
    /**
     * GSB CSO, GSB DSO. Het verschil tussen D en H is 2% of meer van H, of 15 of meer: |D − H| / H ≥ 2%
     * <em>of</em> |D − H| ≥ 15. De Kiesraad schrijft "en", maar zijn software en testtabel gebruiken "of";
     * Stemwerk volgt de software (zie README).
     */
    W203,
    /** GSB CSO, GSB DSO, CSB. H (totaal aantal getelde stembiljetten) is leeg of 0. */
    W204,
    /** CSB. Het aantal kiesgerechtigden is leeg of 0. */
    W205,
    /** CSB. (Alleen als W.205 niet getoond wordt) Het aantal kiesgerechtigden is kleiner dan A (stempassen). */
    W206;

    public boolean isError() {
        return name().startsWith("F");
    }

    /** The code as printed on the cheat sheets: {@code F.201}. */
    public String label() {
        return name().charAt(0) + "." + name().substring(1);
    }
}
