package org.peervoice.rest.json;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** The container owns the response stream; Jackson must not close it. */
final class UnclosableOutputStream extends FilterOutputStream {

	UnclosableOutputStream(OutputStream out) {
		super(out);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		out.write(bytes, offset, length);
	}

	@Override
	public void close() throws IOException {
		out.flush();
	}

}
