package nl.stemwerk.app.sortition.draw;

/** The published seed of one draw, with how to replay it; the first line is the seed alone, for scripts. */
final class SeedFile {
    private SeedFile() {
    }

    static String of(long assemblyId, RecordedDraw draw) {
        return draw.seed() + "\n"
                + "burgerberaad\t" + assemblyId + "\n"
                + "ronde\t" + draw.round() + "\n"
                + "manier\t" + draw.seedMethod().dutch() + "\n"
                + "ingevoerd\t" + ShownDraw.WHEN.format(draw.enteredAt()) + "\n"
                + "resultaat-hash\t" + draw.resultHash() + "\n"
                + "controle\tstemwerk sortition verify loting-burgerberaad-" + assemblyId + "-ronde-" + draw.round()
                + ".txt --seed " + draw.seed() + "\n";
    }
}
