// Minimal typing of the pdfmake 0.3 entry points used by shared/pack (the package ships no types).
// Node resolves 'pdfmake' to its server build, browsers/workers (Vite) to build/pdfmake.js; both share this API.
declare module 'pdfmake' {
  interface PdfMakeOutputDocument {
    getBuffer(): Promise<Uint8Array>;
    getStream(): Promise<unknown>;
  }
  interface PdfMakeFontDescriptor {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }
  interface PdfMakeStatic {
    virtualfs: { writeFileSync(name: string, content: Uint8Array): void; existsSync(name: string): boolean };
    setFonts(fonts: Record<string, PdfMakeFontDescriptor>): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy?(callback: (path: string) => boolean): void;
    createPdf(definition: object, options?: object): PdfMakeOutputDocument;
  }
  const pdfMake: PdfMakeStatic;
  export default pdfMake;
}
