package gov.disclosure.catalog.attachment;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Component;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The text of an attachment, for the privacy gate and the search index: PDFBox for PDF; DOCX and XLSX are ZIPs of
 * XML, read with a StAX parser that resolves no external entities. Images carry no text (no OCR here).
 */
@Component
public class TextExtractor {
    /** Enough for any real document's text; bounds memory for hostile ones (zip bombs expand here). */
    static final int MAX_CHARS = 2_000_000;

    public String extract(AttachmentType type, byte[] content) throws IOException {
        return switch (type) {
            case PDF -> pdf(content);
            case DOCX -> zipXmlText(content, name -> name.equals("word/document.xml"), "t");
            case XLSX -> zipXmlText(content, name -> name.equals("xl/sharedStrings.xml")
                    || name.startsWith("xl/worksheets/sheet"), "t", "v");
            case PNG, JPEG -> "";
        };
    }

    private static String pdf(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            String text = new PDFTextStripper().getText(document);
            return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        }
    }

    private static String zipXmlText(byte[] content, java.util.function.Predicate<String> wanted,
                                     String... textElements) throws IOException {
        StringBuilder out = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && out.length() < MAX_CHARS) {
                if (wanted.test(entry.getName())) {
                    xmlText(zip, out, textElements);
                }
            }
        }
        return out.toString();
    }

    private static void xmlText(InputStream xml, StringBuilder out, String... textElements) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new java.io.FilterInputStream(xml) {
                @Override
                public void close() {
                    // keep the zip stream open for the next entry
                }
            });
            boolean inText = false;
            while (reader.hasNext() && out.length() < MAX_CHARS) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    inText = java.util.Arrays.asList(textElements).contains(reader.getLocalName());
                } else if (event == XMLStreamConstants.CHARACTERS && inText) {
                    out.append(reader.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = reader.getLocalName();
                    if (inText) {
                        inText = false;
                    }
                    if ("p".equals(name) || "row".equals(name) || "si".equals(name)) {
                        out.append('\n');
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("unreadable document XML", e);
        }
    }
}
