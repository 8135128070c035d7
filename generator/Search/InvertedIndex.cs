using System.Buffers;

namespace Trackside.Search;

/// <summary>
/// Terms in ordinal order, each with one ascending list of document ids per field and its encoded
/// postings record. A session keeps it and changes only the terms of documents whose text changed;
/// the result is the same as building it again from all documents.
/// </summary>
internal sealed class InvertedIndex
{
    /// <summary>A term's documents per field, how many documents hold it, and its record (null until encoded).</summary>
    public sealed class Entry
    {
        public readonly List<int>[] Fields = [new(), new(), new(), new()];
        public int DocumentFrequency;
        private byte[]? _record;
        private int _lastAppended = -1;

        /// <summary>The four document sets as a pack stores them: made once per change of the term.</summary>
        public byte[] Record => _record ??= Encode();

        /// <summary>Adds a document after every document the term has (a build goes through documents in id order).</summary>
        public void Append(SearchField field, int id)
        {
            Fields[(int)field].Add(id);
            if (_lastAppended != id) { _lastAppended = id; DocumentFrequency++; }
        }

        public void Insert(SearchField field, int id)
        {
            var ids = Fields[(int)field];
            ids.Insert(~ids.BinarySearch(id), id);
            _record = null;
        }

        public void Remove(SearchField field, int id)
        {
            var ids = Fields[(int)field];
            ids.RemoveAt(ids.BinarySearch(id));
            _record = null;
        }

        private byte[] Encode()
        {
            var output = new ArrayBufferWriter<byte>();
            foreach (var list in Fields) PostingList.Write(output, list);
            return output.WrittenSpan.ToArray();
        }
    }

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly List<string> _terms = new();

    /// <summary>Every term, in ordinal order.</summary>
    public IReadOnlyList<string> Terms => _terms;

    public Entry this[string term] => _entries[term];

    public static InvertedIndex Build(IReadOnlyList<SearchDocument> docs)
    {
        var index = new InvertedIndex();
        Parallel.For(0, docs.Count, d => docs[d].Terms(SearchField.Title)); // terms of documents not kept from an earlier build
        for (var d = 0; d < docs.Count; d++)
            for (var f = 0; f < SearchDocument.FieldCount; f++)
                foreach (var term in docs[d].Terms((SearchField)f))
                {
                    if (!index._entries.TryGetValue(term, out var entry)) index._entries.Add(term, entry = new Entry());
                    entry.Append((SearchField)f, d);
                }
        index._terms.AddRange(index._entries.Keys);
        index._terms.Sort(StringComparer.Ordinal);
        return index;
    }

    /// <summary>Makes document <paramref name="id"/>, which had the terms of <paramref name="before"/>, have those of <paramref name="after"/>.</summary>
    public void Replace(int id, SearchDocument before, SearchDocument after)
    {
        for (var f = 0; f < SearchDocument.FieldCount; f++)
        {
            var field = (SearchField)f;
            var added = after.Terms(field).ToHashSet(StringComparer.Ordinal);
            foreach (var term in before.Terms(field).Where(t => !added.Remove(t))) _entries[term].Remove(field, id);
            foreach (var term in added) Find(term).Insert(field, id);
        }

        var wasIn = AllTerms(before);
        var isIn = AllTerms(after);
        foreach (var term in wasIn.Where(t => !isIn.Contains(t)))
            if (--_entries[term].DocumentFrequency == 0) Drop(term);
        foreach (var term in isIn.Where(t => !wasIn.Contains(t))) _entries[term].DocumentFrequency++;
    }

    private static HashSet<string> AllTerms(SearchDocument doc) =>
        Enumerable.Range(0, SearchDocument.FieldCount).SelectMany(f => doc.Terms((SearchField)f)).ToHashSet(StringComparer.Ordinal);

    private Entry Find(string term)
    {
        if (_entries.TryGetValue(term, out var entry)) return entry;
        _terms.Insert(~_terms.BinarySearch(term, StringComparer.Ordinal), term);
        _entries.Add(term, entry = new Entry());
        return entry;
    }

    private void Drop(string term)
    {
        _entries.Remove(term);
        _terms.RemoveAt(_terms.BinarySearch(term, StringComparer.Ordinal));
    }
}
