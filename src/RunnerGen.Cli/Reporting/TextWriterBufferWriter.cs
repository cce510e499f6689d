using System.Buffers;
using System.Text;

namespace RunnerGen.Cli.Reporting;

/// <summary>
/// A buffer for <see cref="System.Text.Json.Utf8JsonWriter"/> that passes what is written on to a text writer in chunks,
/// so a large document (SARIF of 100,000 runners is hundreds of MiB) is never held whole in memory.
/// </summary>
public sealed class TextWriterBufferWriter : IBufferWriter<byte>
{
    private const int ChunkSize = 64 * 1024;
    private readonly TextWriter output;
    private readonly Decoder decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private byte[] bytes = new byte[ChunkSize];
    private readonly char[] chars = new char[ChunkSize];
    private int pending;

    /// <summary>A buffer that writes to <paramref name="output"/>.</summary>
    public TextWriterBufferWriter(TextWriter output) => this.output = output;

    /// <inheritdoc />
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (pending + count > bytes.Length)
        {
            throw new InvalidOperationException("Advanced past the end of the buffer.");
        }

        pending += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0) => bytes.AsMemory(Reserve(sizeHint));

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0) => bytes.AsSpan(Reserve(sizeHint));

    /// <summary>Passes every byte written so far on to the text writer.</summary>
    public void Flush()
    {
        Drain(flush: true);
        output.Flush();
    }

    private int Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (bytes.Length - pending < needed)
        {
            Drain(flush: false);
            if (bytes.Length < needed)
            {
                bytes = new byte[needed];
            }
        }

        return pending;
    }

    private void Drain(bool flush)
    {
        var input = bytes.AsSpan(0, pending);
        bool completed;
        do
        {
            decoder.Convert(input, chars, flush, out var used, out var written, out completed);
            output.Write(chars, 0, written);
            input = input[used..];
        }
        while (!completed);

        pending = 0;
    }
}
