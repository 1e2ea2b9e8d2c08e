using System.Diagnostics.CodeAnalysis;

// RS0027 guards *future* versions against adding an optional parameter next to an overload of equal arity.
// ToObservable(Func<Iter<T>>, IScheduler? = null) is part of the first tracked API (0.1.0), so nothing is broken;
// the suppression names the one member, so any other overload that breaks the rule still fails the build.
[assembly: SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads",
    Scope = "member",
    Target = "~M:Streams.ObservableInterop.ToObservable``1(System.Func{Streams.Iter{``0}},System.Reactive.Concurrency.IScheduler)~System.IObservable{``0}",
    Justification = "First tracked version of the API; the rule is about adding optional parameters later.")]
