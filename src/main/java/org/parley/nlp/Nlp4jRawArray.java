package org.parley.nlp;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A large primitive array as it is written in the compact model files ({@link Nlp4jCompactFile}): its type, its length
 * and its bytes in little-endian order, read back in chunks of 64 kB converted by the buffers' bulk copies. Java
 * serialization reads an {@code int[]}, {@code char[]} or {@code float[]} one element at a time (a loop that ran in
 * C1's code, not yet compiled, and took most of the models' loading); read this way, the same array costs about what
 * copying its bytes costs. The holder only travels in the file: {@link #readResolve} gives the array itself, so the
 * objects that hold it (NLP4J's and ours) get the same array, with the same contents, as before.
 */
final class Nlp4jRawArray implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Arrays of fewer bytes than this are written by Java serialization as they are. */
    static final int MIN_BYTES = 1 << 16;
    private static final int CHUNK = 1 << 16;

    private transient Object array;

    private Nlp4jRawArray(Object array) {
        this.array = array;
    }

    /** {@code object} itself, or its holder when it is a primitive array of {@link #MIN_BYTES} or more. */
    static Object replace(Object object) {
        Kind kind = Kind.of(object);
        return kind != null && (long) kind.length(object) * kind.bytes >= MIN_BYTES ? new Nlp4jRawArray(object) : object;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        Kind kind = Kind.of(array);
        int length = kind.length(array);
        out.writeByte(kind.ordinal());
        out.writeInt(length);
        byte[] chunk = new byte[CHUNK];
        ByteBuffer buffer = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
        int perChunk = CHUNK / kind.bytes;
        for (int from = 0; from < length; from += perChunk) {
            int n = Math.min(perChunk, length - from);
            kind.put(buffer.clear(), array, from, n);
            out.write(chunk, 0, n * kind.bytes);
        }
    }

    private void readObject(ObjectInputStream in) throws IOException {
        int ordinal = in.readUnsignedByte();
        int length = in.readInt();
        if (ordinal >= Kind.values().length || length < 0) {
            throw new InvalidObjectException("a raw array of kind " + ordinal + " and length " + length);
        }
        Kind kind = Kind.values()[ordinal];
        array = kind.create(length);
        byte[] chunk = new byte[CHUNK];
        ByteBuffer buffer = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
        int perChunk = CHUNK / kind.bytes;
        for (int from = 0; from < length; from += perChunk) {
            int n = Math.min(perChunk, length - from);
            in.readFully(chunk, 0, n * kind.bytes);
            kind.get(buffer.clear(), array, from, n);
        }
    }

    /** The array this holder carried. */
    private Object readResolve() throws ObjectStreamException {
        return array;
    }

    /** The array types written raw, with their element size; a new type goes at the end (the file stores ordinals). */
    enum Kind {
        BYTES(1), SHORTS(2), CHARS(2), INTS(4), LONGS(8), FLOATS(4), DOUBLES(8);

        final int bytes;

        Kind(int bytes) {
            this.bytes = bytes;
        }

        static Kind of(Object o) {
            return o instanceof byte[] ? BYTES : o instanceof short[] ? SHORTS : o instanceof char[] ? CHARS
                    : o instanceof int[] ? INTS : o instanceof long[] ? LONGS : o instanceof float[] ? FLOATS
                    : o instanceof double[] ? DOUBLES : null;
        }

        int length(Object a) {
            return java.lang.reflect.Array.getLength(a);
        }

        Object create(int length) {
            return switch (this) {
                case BYTES -> new byte[length];
                case SHORTS -> new short[length];
                case CHARS -> new char[length];
                case INTS -> new int[length];
                case LONGS -> new long[length];
                case FLOATS -> new float[length];
                case DOUBLES -> new double[length];
            };
        }

        /** Copies {@code a[from, from + n)} into {@code b} from its start. */
        void put(ByteBuffer b, Object a, int from, int n) {
            switch (this) {
                case BYTES -> b.put((byte[]) a, from, n);
                case SHORTS -> b.asShortBuffer().put((short[]) a, from, n);
                case CHARS -> b.asCharBuffer().put((char[]) a, from, n);
                case INTS -> b.asIntBuffer().put((int[]) a, from, n);
                case LONGS -> b.asLongBuffer().put((long[]) a, from, n);
                case FLOATS -> b.asFloatBuffer().put((float[]) a, from, n);
                case DOUBLES -> b.asDoubleBuffer().put((double[]) a, from, n);
            }
        }

        /** Copies {@code n} elements from the start of {@code b} into {@code a[from, from + n)}. */
        void get(ByteBuffer b, Object a, int from, int n) {
            switch (this) {
                case BYTES -> b.get((byte[]) a, from, n);
                case SHORTS -> b.asShortBuffer().get((short[]) a, from, n);
                case CHARS -> b.asCharBuffer().get((char[]) a, from, n);
                case INTS -> b.asIntBuffer().get((int[]) a, from, n);
                case LONGS -> b.asLongBuffer().get((long[]) a, from, n);
                case FLOATS -> b.asFloatBuffer().get((float[]) a, from, n);
                case DOUBLES -> b.asDoubleBuffer().get((double[]) a, from, n);
            }
        }
    }
}
