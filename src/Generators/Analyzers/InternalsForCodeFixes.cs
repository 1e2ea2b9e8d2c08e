using System.Runtime.CompilerServices;

// The code fix for STRM004 (src/CodeFixes, a separate assembly because an analyzer assembly must not reference
// Workspaces) rewrites with the same ClosureForm the analyzer reports from, so the two cannot disagree on the shape.
[assembly: InternalsVisibleTo("Streams.CodeFixes")]
