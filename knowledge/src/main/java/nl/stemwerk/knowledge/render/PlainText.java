package nl.stemwerk.knowledge.render;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words of a Markdown document without marks or link targets: what a reader sees, for the search index
 * and snippets. Each block ends on a new line; raw HTML is kept as the text it shows as.
 */
final class PlainText extends AbstractVisitor {

    private final StringBuilder out = new StringBuilder();

    static String of(Node document) {
        PlainText visitor = new PlainText();
        document.accept(visitor);
        return visitor.out.toString().strip();
    }

    @Override
    public void visit(Text text) {
        out.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        out.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        out.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        out.append('\n');
    }

    @Override
    public void visit(HtmlInline htmlInline) {
        out.append(htmlInline.getLiteral());
    }

    @Override
    public void visit(HtmlBlock htmlBlock) {
        block(htmlBlock.getLiteral());
    }

    @Override
    public void visit(FencedCodeBlock codeBlock) {
        block(codeBlock.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock codeBlock) {
        block(codeBlock.getLiteral());
    }

    @Override
    protected void visitChildren(Node parent) {
        super.visitChildren(parent);
        if (parent instanceof TableCell) {
            endWith(' ');
        } else if (parent instanceof Block || parent instanceof TableRow) {
            endWith('\n');
        }
    }

    /** Ends the text so far with this separator, replacing a space, unless it already ends in a line break. */
    private void endWith(char separator) {
        if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
            return;
        }
        if (out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        out.append(separator);
    }

    private void block(String literal) {
        out.append(literal.strip()).append('\n');
    }
}
