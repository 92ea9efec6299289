package org.peervoice.core.kernel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.autodetect.FontFileFinder;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts of every PDF PeerVoice writes, tried in order for each character ({@link PdfFontChain}): Liberation Sans,
 * the font PDFBox ships (every Latin, Vietnamese, Greek and Cyrillic letter); then the fonts in the directory an
 * administrator names ({@value #DIRECTORY_SETTING}: a system property or environment variable of the dev portal, a
 * property of the Liferay service's configuration); then the operating system's fonts (the folders PDFBox's
 * {@link FontFileFinder} searches). Each is embedded as a subset, only in a document that uses it.
 *
 * <p>The other fonts are indexed once per process (which characters each has), off the request path: the index is
 * built on a thread of its own, started by {@link #configure} or by the first PDF. A PDF made while it is being built
 * waits for it at most {@link #SYSTEM_FONTS_WAIT_SECONDS} seconds and is otherwise made without the operating system's
 * fonts. PDFBox's own font cache ({@code FileSystemFontProvider}, a file in the user's home) is not used. A font that
 * cannot be read, has no TrueType outlines (PDFBox embeds no CFF-based OpenType font) or may not be embedded as a
 * subset is left out; a failing scan leaves the bundled font alone, and never fails a PDF.
 */
public final class PdfFonts {

	/** The setting naming the administrator's font directory, in the dev portal and the Liferay service's configuration. */
	public static final String DIRECTORY_SETTING = "PEERVOICE_PDF_FONTS";

	/** How long a PDF waits for the index of the administrator's fonts, then of the system's, before going on without them. */
	static final int DIRECTORY_WAIT_SECONDS = 20;
	static final int SYSTEM_FONTS_WAIT_SECONDS = 3;

	private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);

	private static final byte[] LIBERATION_SANS = fontBytes("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");

	private static volatile Path directory;
	private static volatile CompletableFuture<List<FontFace>> directoryFaces;
	private static volatile CompletableFuture<List<FontFace>> systemFaces;

	private PdfFonts() {
	}

	/**
	 * Sets the administrator's font directory (blank or null: none) and starts indexing it and the system's fonts in
	 * the background. A directory that does not exist is logged and ignored.
	 */
	public static synchronized void configure(String fontDirectory) {
		Path configured = fontDirectory == null || fontDirectory.isBlank() ? null : Paths.get(fontDirectory.trim());
		if (configured != null && !Files.isDirectory(configured)) {
			log.warn("The PDF font directory {} ({}) is not a directory; PDFs use the bundled and the system's fonts.", configured,
				DIRECTORY_SETTING);
		}
		directory = configured;
		directoryFaces = index(() -> fontFiles(configured), "administrator's");
		systemFaces();
	}

	/** Waits at most this long for the index of the administrator's and the system's fonts (tests, warm-up); whether it is done. */
	public static boolean awaitIndexed(int seconds) {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		try {
			directoryFaces().get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
			systemFaces().get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
			return true;
		}
		catch (TimeoutException | ExecutionException notYet) {
			return false;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The fonts of one document: the bundled font, the administrator's, the system's. Close it after saving the document. */
	public static PdfFontChain chain(PDDocument document) {
		List<FontFace> fallbacks = new ArrayList<>(ready(directoryFaces(), DIRECTORY_WAIT_SECONDS));
		fallbacks.addAll(ready(systemFaces(), SYSTEM_FONTS_WAIT_SECONDS));
		return new PdfFontChain(document, liberationSans(), fallbacks);
	}

	/** The fonts of one document: the bundled font, then only the given ones (tests). */
	static PdfFontChain chain(PDDocument document, List<FontFace> fallbacks) {
		return new PdfFontChain(document, liberationSans(), fallbacks);
	}

	/** A fresh copy of Liberation Sans, with glyph substitution (ligatures, 100 times slower, for fi and fl) off. */
	public static TrueTypeFont liberationSans() {
		try {
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(LIBERATION_SANS));
			font.setEnableGsub(false);
			return font;
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	/** The embeddable faces of these files (a collection holds several), regular upright sans faces first. */
	static List<FontFace> faces(List<Path> files) {
		List<FontFace> faces = new ArrayList<>();
		for (Path file : files) {
			try {
				String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
				if (name.endsWith(".ttc")) {
					try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
						collection.processAllFonts(font -> add(faces, file, font, true));
					}
				}
				else {
					try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
						add(faces, file, font, false);
					}
				}
			}
			catch (IOException | RuntimeException unreadable) {
				log.debug("PDF font {} left out: {}", file, unreadable.toString());
			}
		}
		faces.sort(Comparator.comparingInt(FontFace::preference));
		return faces;
	}

	private static void add(List<FontFace> faces, Path file, TrueTypeFont font, boolean inCollection) throws IOException {
		if (!font.getTableMap().containsKey("glyf")) {
			return; // CFF outlines or bitmaps only: PDFBox embeds neither as a subset
		}
		OS2WindowsMetricsTable os2 = font.getOS2Windows();
		if (os2 != null && ((os2.getFsType() & 0x000F) == OS2WindowsMetricsTable.FSTYPE_RESTRICTED
			|| (os2.getFsType() & OS2WindowsMetricsTable.FSTYPE_NO_SUBSETTING) != 0)) {
			return;
		}
		CmapLookup cmap = font.getUnicodeCmapLookup(false);
		if (cmap == null) {
			return;
		}
		BitSet covered = new BitSet();
		for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
			List<Integer> codes = cmap.getCharCodes(glyph);
			if (codes != null) {
				for (int code : codes) {
					if (code >= 0 && code <= Character.MAX_CODE_POINT) {
						covered.set(code);
					}
				}
			}
		}
		if (!covered.isEmpty()) {
			faces.add(new FontFace(file, inCollection ? font.getName() : null, covered));
		}
	}

	private static synchronized CompletableFuture<List<FontFace>> directoryFaces() {
		if (directoryFaces == null) {
			Path configured = directory;
			directoryFaces = index(() -> fontFiles(configured), "administrator's");
		}
		return directoryFaces;
	}

	private static synchronized CompletableFuture<List<FontFace>> systemFaces() {
		if (systemFaces == null) {
			systemFaces = index(PdfFonts::systemFontFiles, "system");
		}
		return systemFaces;
	}

	private interface FontFileList {
		List<Path> list() throws IOException;
	}

	private static CompletableFuture<List<FontFace>> index(FontFileList files, String whose) {
		CompletableFuture<List<FontFace>> index = new CompletableFuture<>();
		Thread scan = new Thread(() -> {
			long started = System.nanoTime();
			try {
				List<FontFace> faces = faces(files.list());
				log.info("PeerVoice indexed {} {} font faces for PDFs in {} ms", faces.size(), whose, (System.nanoTime() - started) / 1_000_000);
				index.complete(faces);
			}
			catch (IOException | RuntimeException | LinkageError failed) {
				log.warn("PeerVoice could not index the {} fonts for PDFs ({}); PDFs go on without them.", whose, failed.toString());
				index.complete(List.of());
			}
		}, "peervoice-pdf-fonts");
		scan.setDaemon(true);
		scan.start();
		return index;
	}

	private static List<FontFace> ready(CompletableFuture<List<FontFace>> index, int waitSeconds) {
		try {
			return index.get(waitSeconds, TimeUnit.SECONDS);
		}
		catch (TimeoutException stillScanning) {
			log.info("PeerVoice is still indexing fonts for PDFs; this PDF is made without them.");
			return List.of();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return List.of();
		}
		catch (ExecutionException failed) {
			return List.of();
		}
	}

	static List<Path> fontFiles(Path directory) throws IOException {
		if (directory == null || !Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(directory, 4)) {
			return files.filter(PdfFonts::isFontFile).sorted().collect(Collectors.toList());
		}
	}

	private static List<Path> systemFontFiles() {
		List<Path> files = new ArrayList<>();
		for (URI uri : new FontFileFinder().find()) {
			try {
				Path file = new File(uri).toPath();
				if (isFontFile(file)) {
					files.add(file);
				}
			}
			catch (IllegalArgumentException notAFile) {
				// a font found elsewhere than in a file: not ours to read
			}
		}
		files.sort(Comparator.naturalOrder());
		return files;
	}

	private static boolean isFontFile(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return (name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc")) && Files.isRegularFile(file);
	}

	private static byte[] fontBytes(String resource) {
		try (InputStream in = PDDocument.class.getResourceAsStream(resource)) {
			return in.readAllBytes();
		}
		catch (IOException notInTheLibrary) {
			throw new UncheckedIOException(notInTheLibrary);
		}
	}

	/** One font face of a file (a TrueType collection holds several, named) and the characters it has. */
	static final class FontFace {

		final Path file;
		final String nameInCollection;
		private final BitSet covered;

		FontFace(Path file, String nameInCollection, BitSet covered) {
			this.file = file;
			this.nameInCollection = nameInCollection;
			this.covered = covered;
		}

		boolean has(int codePoint) {
			return covered.get(codePoint);
		}

		/** Regular upright faces before bold, italic, light or monospaced ones, and sans before serif. */
		int preference() {
			String name = (file.getFileName() + " " + (nameInCollection == null ? "" : nameInCollection)).toLowerCase(Locale.ROOT);
			int preference = 0;
			for (String styled : new String[] {"bold", "italic", "oblique", "light", "thin", "black", "heavy", "mono", "condensed"}) {
				if (name.contains(styled)) {
					preference += 2;
				}
			}
			return name.contains("sans") ? preference : preference + 1;
		}

		@Override
		public String toString() {
			return nameInCollection == null ? file.toString() : file + "#" + nameInCollection;
		}

	}

}
