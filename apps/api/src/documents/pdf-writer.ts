import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';

const require = createRequire(import.meta.url);
// DejaVu Sans covers Latin (all European diacritics), Greek and Cyrillic, so names like
// Łukasz Żółć, Ağça Şen, Søren Ødegård and Ελένη render as written. Read once per process.
const fontFiles = {
  regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
};

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

/** A small flowing-text writer on A4 pages: headings, paragraphs, key–value rows, wrapping. */
export class PdfWriter {
  private page!: PDFPage;
  private y = 0;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  static async create(title: string): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    doc.setTitle(title);
    doc.setProducer('Mobilis');
    doc.setCreator('Mobilis');
    const regular = await doc.embedFont(fontFiles.regular, { subset: true });
    const bold = await doc.embedFont(fontFiles.bold, { subset: true });
    return new PdfWriter(doc, regular, bold);
  }

  private newPage() {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  private ensure(height: number) {
    if (this.y - height < MARGIN) this.newPage();
  }

  private lines(text: string, font: PDFFont, size: number, width: number): string[] {
    const out: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const word of paragraph.split(/\s+/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) > width && line) {
          out.push(line);
          line = word;
        } else line = candidate;
      }
      out.push(line);
    }
    return out;
  }

  text(text: string, options: { size?: number; bold?: boolean; indent?: number; gapAfter?: number } = {}) {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.regular;
    const indent = options.indent ?? 0;
    for (const line of this.lines(text, font, size, A4[0] - 2 * MARGIN - indent)) {
      this.ensure(size * 1.4);
      this.page.drawText(line, {
        x: MARGIN + indent,
        y: this.y - size,
        size,
        font,
        color: rgb(0.1, 0.1, 0.12),
      });
      this.y -= size * 1.4;
    }
    this.y -= options.gapAfter ?? 2;
  }

  heading(text: string, level: 1 | 2 = 2) {
    this.ensure(40);
    this.y -= level === 1 ? 0 : 8;
    this.text(text, { size: level === 1 ? 18 : 13, bold: true, gapAfter: 6 });
  }

  field(label: string, value: string | null | undefined) {
    if (!value) return;
    this.text(`${label}: ${value}`);
  }

  async bytes(): Promise<Uint8Array> {
    return this.doc.save();
  }
}
