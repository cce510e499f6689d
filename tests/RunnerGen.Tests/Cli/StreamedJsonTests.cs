using System.Globalization;
using System.Text;
using RunnerGen.Cli.Reporting;
using JsonReport = RunnerGen.Cli.Reporting.Json;

namespace RunnerGen.Tests.Cli;

/// <summary>JSON and SARIF reach the output while they are written, never whole in memory, and unchanged.</summary>
public sealed class StreamedJsonTests
{
    [Fact]
    public void A_large_document_reaches_the_output_before_it_is_finished()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var writtenBeforeTheEnd = 0;

        JsonReport.Write(output, w =>
        {
            w.WriteStartArray();
            for (var i = 0; i < 20_000; i++)
            {
                w.WriteStringValue($"finding {i}: the host's Docker socket is mounted into every job.");
            }

            writtenBeforeTheEnd = output.GetStringBuilder().Length;
            w.WriteEndArray();
        });

        Assert.InRange(writtenBeforeTheEnd, 1_000_000, int.MaxValue);
        Assert.EndsWith("]\n", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(output.ToString(), JsonReport.Write(w =>
        {
            w.WriteStartArray();
            for (var i = 0; i < 20_000; i++)
            {
                w.WriteStringValue($"finding {i}: the host's Docker socket is mounted into every job.");
            }

            w.WriteEndArray();
        }));
    }

    [Fact]
    public void Characters_split_between_two_chunks_arrive_whole()
    {
        // "é" (2 bytes), "€" (3 bytes) and "😀" (4 bytes), cut at every point and across the 64 KiB chunk boundary.
        var text = string.Concat(Enumerable.Repeat("aé€😀", 30_000));
        var bytes = Encoding.UTF8.GetBytes(text);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var buffer = new TextWriterBufferWriter(output);
        var at = 0;
        var step = 1;
        while (at < bytes.Length)
        {
            var count = Math.Min(step, bytes.Length - at);
            bytes.AsSpan(at, count).CopyTo(buffer.GetSpan(count));
            buffer.Advance(count);
            at += count;
            step = step % 7 + 1;
        }

        buffer.Flush();

        Assert.Equal(text, output.ToString());
    }
}
