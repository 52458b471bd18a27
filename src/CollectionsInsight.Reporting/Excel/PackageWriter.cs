using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace CollectionsInsight.Reporting.Excel;

/// <summary>
/// Writes the parts of an Open XML package straight into a zip archive in create mode, so each part streams to
/// the output as it is written. (On .NET, System.IO.Packaging — and so SpreadsheetDocument — can only create a
/// package in update mode, which buffers every part uncompressed in memory until the end; SDK 3.3.0 refuses a
/// write-only stream.) Part content is produced with the SDK's <see cref="OpenXmlWriter"/> and typed elements;
/// only [Content_Types].xml and the relationship parts are written here by hand.
/// </summary>
internal sealed class PackageWriter(ZipArchive archive)
{
    public const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>A fixed entry time, so the same workbook gives the same bytes.</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Opens a part for writing; large parts use the fastest compression, which keeps big sheets quick to write.</summary>
    public Stream OpenPart(string path, CompressionLevel level = CompressionLevel.Optimal)
    {
        var entry = archive.CreateEntry(path, level);
        entry.LastWriteTime = EntryTime;
        return entry.Open();
    }

    /// <summary>Writes a part whose content is one SDK element tree.</summary>
    public void WritePart(string path, OpenXmlElement root)
    {
        using var stream = OpenPart(path);
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument(true);
        writer.WriteElement(root);
        writer.Close();
    }

    public void WriteRelationships(string path, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        using var stream = OpenPart(path);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(true);
        xml.WriteStartElement("Relationships", PackageRelationshipNamespace);
        foreach (var (id, type, target) in relationships)
        {
            xml.WriteStartElement("Relationship", PackageRelationshipNamespace);
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", RelationshipNamespace + "/" + type);
            xml.WriteAttributeString("Target", target);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    public void WriteContentTypes(IEnumerable<(string PartName, string ContentType)> overrides)
    {
        using var stream = OpenPart("[Content_Types].xml");
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(true);
        xml.WriteStartElement("Types", ContentTypesNamespace);
        WriteDefault(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        WriteDefault(xml, "xml", "application/xml");
        foreach (var (partName, contentType) in overrides)
        {
            xml.WriteStartElement("Override", ContentTypesNamespace);
            xml.WriteAttributeString("PartName", partName);
            xml.WriteAttributeString("ContentType", contentType);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteDefault(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default", ContentTypesNamespace);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }
}
