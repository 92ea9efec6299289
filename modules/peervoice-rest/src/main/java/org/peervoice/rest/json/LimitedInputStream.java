package org.peervoice.rest.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading a request body past a limit, so one huge body cannot tie up a server. */
final class LimitedInputStream extends FilterInputStream {

	static final class TooLarge extends IOException {

		private static final long serialVersionUID = 1L;

		TooLarge() {
			super("request body too large", null);
		}

	}

	private final long limit;
	private long count;

	LimitedInputStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int next = super.read();
		if (next != -1) {
			counted(1);
		}
		return next;
	}

	@Override
	public int read(byte[] bytes, int offset, int length) throws IOException {
		int read = super.read(bytes, offset, length);
		if (read > 0) {
			counted(read);
		}
		return read;
	}

	private void counted(int read) throws TooLarge {
		count += read;
		if (count > limit) {
			throw new TooLarge();
		}
	}

}
