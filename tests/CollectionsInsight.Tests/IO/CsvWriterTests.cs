using CollectionsInsight.IO;

namespace CollectionsInsight.Tests.IO;

public class CsvWriterTests
{
    [Fact]
    public void Record_CellsOfEveryKind_WrittenInvariantAndQuotedWhereNeeded()
    {
        var text = new StringWriter { NewLine = "\n" };
        var csv = new CsvWriter(text);

        csv.Record(["id", "note"]);
        csv.Text("Acme, \"Inc.\"");
        csv.Text(null);
        csv.Value(12.5m, "0.00");
        csv.Value((decimal?)null, "0.00");
        csv.Value(new DateOnly(2025, 3, 4), "yyyy-MM-dd");
        csv.Value(-1);
        csv.Formatted("'+31");
        csv.EndRecord();

        Assert.Equal("id,note\n\"Acme, \"\"Inc.\"\"\",,12.50,,2025-03-04,-1,'+31\n", text.ToString());
    }

    [Fact]
    public void Text_WithNulCharacters_WritesTheReplacementCharacter()
    {
        var text = new StringWriter { NewLine = "\n" };
        var csv = new CsvWriter(text);

        csv.Text("C\u00001,x");
        csv.EndRecord();

        Assert.Equal("\"C\uFFFD1,x\"\n", text.ToString());
    }

    [Fact]
    public void Value_LongerThanTheStackBuffer_StillWritten()
    {
        var text = new StringWriter();
        var csv = new CsvWriter(text);

        csv.Value(1e300, "F0");

        Assert.Equal(301, text.ToString().Length);
    }
}
