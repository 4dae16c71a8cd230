using System.Collections.Immutable;

namespace Remedy.Syntax.Diagnostics;

/// <summary>
/// Every diagnostic Remedy reports, in one place, with stable codes. RMD0001–RMD0099 are
/// syntax errors, RMD0100–RMD0999 binding and type errors, RMD1xxx safety rules.
/// Each code has a page in docs/diagnostics; a test checks codes are unique and documented.
/// </summary>
public static class DiagnosticCatalog
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    // ---- syntax: RMD0001–RMD0099 ------------------------------------------------

    /// <summary>A character that cannot start any token.</summary>
    public static readonly DiagnosticDescriptor UnexpectedCharacter = new("RMD0001", "Unexpected character", Error,
        "unexpected character '{0}'");

    /// <summary>A string literal not closed before the end of the line.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = new("RMD0002", "Unterminated string", Error,
        "unterminated string; add a closing '\"' before the end of the line");

    /// <summary>A block comment not closed before the end of the file.</summary>
    public static readonly DiagnosticDescriptor UnterminatedComment = new("RMD0003", "Unterminated block comment", Error,
        "unterminated block comment; add '*/' to close the comment opened here");

    /// <summary>A token the grammar requires is missing.</summary>
    public static readonly DiagnosticDescriptor ExpectedToken = new("RMD0004", "Expected token", Error,
        "{0}");

    /// <summary>A token that does not fit where it stands.</summary>
    public static readonly DiagnosticDescriptor UnexpectedToken = new("RMD0005", "Unexpected token", Error,
        "{0}");

    /// <summary>A duration with a unit other than ms, s, m, h or d.</summary>
    public static readonly DiagnosticDescriptor UnknownDurationUnit = new("RMD0006", "Unknown duration unit", Error,
        "duration '{0}' has an unknown unit; use ms, s, m, h or d");

    /// <summary>An autonomy level that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownAutonomyLevel = new("RMD0007", "Unknown autonomy level", Error,
        "unknown autonomy level '{0}'; expected one of observe_only, suggest, supervised, autonomous{1}");

    /// <summary>An effect that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownEffect = new("RMD0008", "Unknown effect", Error,
        "unknown effect '{0}'; expected one of read_only, mutating, destructive{1}");

    /// <summary>A risk level that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownRisk = new("RMD0009", "Unknown risk level", Error,
        "unknown risk level '{0}'; expected one of low, medium, high, critical{1}");

    /// <summary>A learning policy that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownPolicy = new("RMD0010", "Unknown learning policy", Error,
        "unknown learning policy '{0}'; expected one of thompson, q_learning, ucb, cases, fixed{1}");

    /// <summary>A number too large for its type.</summary>
    public static readonly DiagnosticDescriptor NumberOutOfRange = new("RMD0011", "Number out of range", Error,
        "the number '{0}' is out of range{1}");

    /// <summary>A backslash escape that strings do not support.</summary>
    public static readonly DiagnosticDescriptor InvalidEscape = new("RMD0012", "Invalid escape sequence", Error,
        "invalid escape sequence '\\{0}' in string; use \\\\, \\\", \\n, \\t, \\r or \\$");

    /// <summary>An interpolation <c>${...}</c> that holds no valid expression.</summary>
    public static readonly DiagnosticDescriptor InvalidInterpolation = new("RMD0013", "Invalid interpolation", Error,
        "{0}");

    /// <summary>A clause given twice where only one is allowed.</summary>
    public static readonly DiagnosticDescriptor DuplicateClause = new("RMD0014", "Duplicate clause", Error,
        "'{0}' is declared twice in {1}; the first is at {2}");

    /// <summary>A module or import declaration out of place.</summary>
    public static readonly DiagnosticDescriptor MisplacedHeader = new("RMD0015", "Misplaced module or import", Error,
        "{0}");

    /// <summary>The <c>fixed</c> policy without an option name, or an option name on another policy.</summary>
    public static readonly DiagnosticDescriptor FixedPolicyOption = new("RMD0016", "Fixed policy option", Error,
        "{0}");

    /// <summary>A doc comment that documents nothing.</summary>
    public static readonly DiagnosticDescriptor DanglingDocComment = new("RMD0017", "Doc comment documents nothing", Warning,
        "this '///' doc comment is not followed by a declaration; use '//' for an ordinary comment");

    /// <summary>A percentage outside 0%–100%.</summary>
    public static readonly DiagnosticDescriptor PercentOutOfRange = new("RMD0018", "Percentage out of range", Error,
        "percentage '{0}' is out of range; use a value from 0% to 100%");

    /// <summary>A file that is not valid UTF-8 or cannot be read.</summary>
    public static readonly DiagnosticDescriptor UnreadableFile = new("RMD0019", "Unreadable file", Error,
        "{0}");

    /// <summary>A comparison chained onto another, such as <c>a &lt; b &lt; c</c>.</summary>
    public static readonly DiagnosticDescriptor ChainedComparison = new("RMD0020", "Chained comparison", Error,
        "comparisons cannot be chained; write '{0}' as two comparisons joined by 'and'");


    // ---- binding and types: RMD0100–RMD0999 ---------------------------------------

    /// <summary>A name that no declaration, let, loop variable, import or built-in defines.</summary>
    public static readonly DiagnosticDescriptor UndefinedName = new("RMD0100", "Undefined name", Error,
        "'{0}' is not defined here{1}");

    /// <summary>An import of a module that no file declares.</summary>
    public static readonly DiagnosticDescriptor UnknownModule = new("RMD0101", "Unknown module", Error,
        "there is no module '{0}'{1}; check the import against the module names of your files and the standard library (std.k8s, std.process, std.http, std.files, std.prometheus, std.postgres, std.notify)");

    /// <summary>Two top-level declarations with the same name in one module.</summary>
    public static readonly DiagnosticDescriptor DuplicateDeclaration = new("RMD0102", "Duplicate declaration", Error,
        "{0} '{1}' is already declared in module '{2}' at {3}; rename one of them");

    /// <summary>Two locals, parameters, fields, steps, options or imports with the same name in one scope.</summary>
    public static readonly DiagnosticDescriptor DuplicateName = new("RMD0103", "Duplicate name", Error,
        "'{0}' is already defined in this {1} at {2}; choose another name");

    /// <summary>A member access on an import alias that names nothing in the module.</summary>
    public static readonly DiagnosticDescriptor UnknownMember = new("RMD0104", "Unknown module member", Error,
        "module '{0}' has no query, action or resource named '{1}'{2}");

    /// <summary>A field access on a resource or alert that has no such field.</summary>
    public static readonly DiagnosticDescriptor UnknownField = new("RMD0105", "Unknown field", Error,
        "{0} has no field '{1}'{2}");

    /// <summary>A type reference that names no type.</summary>
    public static readonly DiagnosticDescriptor UnknownType = new("RMD0106", "Unknown type", Error,
        "unknown type '{0}'{1}; use int, number, string, bool, duration, percent, list<T>, map<K, V> or a resource");

    /// <summary>A value whose type does not fit where it is used.</summary>
    public static readonly DiagnosticDescriptor TypeMismatch = new("RMD0107", "Type mismatch", Error,
        "expected {0} here, but this is {1}{2}");

    /// <summary>An operator applied to operands of types it does not accept.</summary>
    public static readonly DiagnosticDescriptor OperatorMismatch = new("RMD0108", "Operator type mismatch", Error,
        "operator '{0}' cannot combine {1} and {2}{3}");

    /// <summary>A condition (where, if, require, verify, trigger, promote, quantifier, outcome) that is not a bool.</summary>
    public static readonly DiagnosticDescriptor ConditionNotBool = new("RMD0109", "Condition is not a bool", Error,
        "{0} must be a bool, but this is {1}; compare it with something, e.g. 'x > 0'");

    /// <summary>A module alias, resource, playbook or function used where a value is expected.</summary>
    public static readonly DiagnosticDescriptor NotAValue = new("RMD0110", "Not a value", Error,
        "'{0}' is {1}, not a value{2}");

    /// <summary>A call of something that is not a query, action or built-in function.</summary>
    public static readonly DiagnosticDescriptor NotCallable = new("RMD0111", "Not callable", Error,
        "'{0}' is {1} and cannot be called; only queries, actions and built-in functions can");

    /// <summary>A call that omits a parameter without a default.</summary>
    public static readonly DiagnosticDescriptor MissingArgument = new("RMD0112", "Missing argument", Error,
        "missing argument '{0}: {1}' in the call to '{2}'; add it");

    /// <summary>A call with more positional arguments than parameters.</summary>
    public static readonly DiagnosticDescriptor TooManyArguments = new("RMD0113", "Too many arguments", Error,
        "'{0}' takes {1} argument(s) but {2} were given; remove the extra one(s)");

    /// <summary>A parameter given both positionally and by name, or named twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateArgument = new("RMD0114", "Duplicate argument", Error,
        "argument '{0}' of '{1}' is given twice; remove one");

    /// <summary>A named argument that matches no parameter.</summary>
    public static readonly DiagnosticDescriptor UnknownArgumentName = new("RMD0115", "Unknown argument name", Error,
        "'{0}' has no parameter named '{1}'{2}; its parameters are {3}");

    /// <summary>A positional argument written after a named argument.</summary>
    public static readonly DiagnosticDescriptor PositionalAfterNamed = new("RMD0116", "Positional argument after a named one", Error,
        "a positional argument cannot follow a named one; name this argument or move it before the named ones");

    /// <summary>An argument whose type does not fit its parameter.</summary>
    public static readonly DiagnosticDescriptor ArgumentType = new("RMD0117", "Argument type mismatch", Error,
        "argument '{0}' of '{1}' must be {2}, but this is {3}{4}");

    /// <summary>An action called in a let, a condition, an argument, a handler or any other expression position.</summary>
    public static readonly DiagnosticDescriptor ActionNotStatement = new("RMD0118", "Action call in an expression", Error,
        "action '{0}' changes the world, so it can only be called as a statement inside a step{1}");

    /// <summary>The name 'it' used outside a pipeline stage.</summary>
    public static readonly DiagnosticDescriptor ItOutsidePipeline = new("RMD0119", "'it' outside a pipeline", Error,
        "'it' is only defined inside a pipeline stage ('| where', '| sort by', '| map'); name the item with 'for x in ...' or 'all x in ...' instead");

    /// <summary>The name 'alert' used in a query, action or resource.</summary>
    public static readonly DiagnosticDescriptor AlertOutsidePlaybook = new("RMD0120", "'alert' outside a playbook", Error,
        "'alert' is only defined inside a playbook or a simulation; pass the value you need as a parameter");

    /// <summary>A setting (timeout, retry, max_targets, ...) with a value of the wrong type or a negative count.</summary>
    public static readonly DiagnosticDescriptor InvalidSetting = new("RMD0121", "Invalid setting value", Error,
        "'{0}' must be {1}, but this is {2}");

    /// <summary>An action without effect, risk or provider, or a query without provider.</summary>
    public static readonly DiagnosticDescriptor MissingClause = new("RMD0122", "Missing declaration clause", Error,
        "{0} '{1}' declares no '{2}'; add '{3}'");

    /// <summary>An action that declares a rollback and is also irreversible.</summary>
    public static readonly DiagnosticDescriptor RollbackAndIrreversible = new("RMD0123", "Rollback and irreversible together", Error,
        "action '{0}' declares both a rollback and 'irreversible'; an action either can be undone or cannot, so remove one");

    /// <summary>A destructive action without an irreversible reason (destructive actions cannot be undone).</summary>
    public static readonly DiagnosticDescriptor DestructiveNotIrreversible = new("RMD0124", "Destructive action not irreversible", Error,
        "destructive action '{0}' must declare 'irreversible \"reason\"'{1}");

    /// <summary>An index expression on a value that is neither a list nor a map.</summary>
    public static readonly DiagnosticDescriptor NotIndexable = new("RMD0125", "Not indexable", Error,
        "{0} cannot be indexed; only lists (by int) and maps (by key) can");

    /// <summary>A for loop, quantifier, pipeline or count over a value that is not a list.</summary>
    public static readonly DiagnosticDescriptor NotAList = new("RMD0126", "List expected", Error,
        "{0} needs a list, but this is {1}");

    /// <summary>An expression statement that is not a call.</summary>
    public static readonly DiagnosticDescriptor UselessStatement = new("RMD0127", "Statement has no effect", Error,
        "this {0} is not a call and does nothing as a statement; use it in 'require', 'if' or 'let'");

    /// <summary>A simulation outcome naming an option the playbook does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownOption = new("RMD0128", "Unknown option", Error,
        "playbook '{0}' has no option '{1}'{2}");

    /// <summary>uniform or normal used outside a simulation population.</summary>
    public static readonly DiagnosticDescriptor SimulationOnlyFunction = new("RMD0129", "Random function outside a simulation", Error,
        "'{0}' draws random values and is only allowed in a simulation population; use a fixed value here");

    /// <summary>A policy parameter the policy does not take, a parameter without a name, or any parameter on <c>fixed</c>.</summary>
    public static readonly DiagnosticDescriptor UnknownPolicyParameter = new("RMD0130", "Unknown policy parameter", Error,
        "{0}");

    /// <summary>A policy parameter whose value is not written as the parameter needs (a number, a percentage, true/false, a prior pair).</summary>
    public static readonly DiagnosticDescriptor PolicyParameterWrongType = new("RMD0131", "Policy parameter of the wrong type", Error,
        "parameter '{0}' of '{1}' must be {2}, but this is {3}");

    /// <summary>A policy parameter whose value is outside the range the policy accepts.</summary>
    public static readonly DiagnosticDescriptor PolicyParameterRange = new("RMD0132", "Policy parameter out of range", Error,
        "parameter '{0}' of '{1}' must be {2}, but this is {3}");

    /// <summary>A policy parameter given twice.</summary>
    public static readonly DiagnosticDescriptor DuplicatePolicyParameter = new("RMD0133", "Duplicate policy parameter", Error,
        "parameter '{0}' is already given on line {1}; remove one");

    // ---- safety: RMD1001–RMD1999 --------------------------------------------------

    /// <summary>A mutating call (or declaration) whose action has neither a rollback nor an irreversible reason.</summary>
    public static readonly DiagnosticDescriptor MissingRollback = new("RMD1001", "Mutating action without rollback", Error,
        "{0}");

    /// <summary>An irreversible or destructive action reachable at autonomous (declared or promoted).</summary>
    public static readonly DiagnosticDescriptor IrreversibleAtAutonomous = new("RMD1002", "Irreversible action at autonomous", Error,
        "{0}");

    /// <summary>An action whose risk exceeds what the playbook's highest autonomy allows.</summary>
    public static readonly DiagnosticDescriptor RiskExceedsAutonomy = new("RMD1003", "Risk exceeds autonomy", Error,
        "{0}");

    /// <summary>A playbook with mutating steps and no blast_radius.</summary>
    public static readonly DiagnosticDescriptor MissingBlastRadius = new("RMD1004", "Missing blast radius", Error,
        "{0}");

    /// <summary>A target list whose static upper bound exceeds max_targets (warning when no bound is known).</summary>
    public static readonly DiagnosticDescriptor TargetBoundExceeded = new("RMD1005", "Target bound exceeds max_targets", Error,
        "{0}");

    /// <summary>A target list proven to hold targets outside the declared scope.</summary>
    public static readonly DiagnosticDescriptor TargetOutOfScope = new("RMD1006", "Target outside scope", Error,
        "{0}");

    /// <summary>An autonomous playbook (or promotion target) without a circuit_breaker.</summary>
    public static readonly DiagnosticDescriptor MissingCircuitBreaker = new("RMD1007", "Autonomous without circuit breaker", Error,
        "{0}");

    /// <summary>Mutating steps with no verify after them (error at autonomous).</summary>
    public static readonly DiagnosticDescriptor MissingVerify = new("RMD1008", "Mutation without verify", Warning,
        "{0}");

    /// <summary>A playbook whose worst-case duration exceeds its timeout, or that mutates without a timeout.</summary>
    public static readonly DiagnosticDescriptor TimeoutExceeded = new("RMD1009", "Worst case exceeds timeout", Error,
        "{0}");

    /// <summary>An observe_only playbook that contains a mutating call.</summary>
    public static readonly DiagnosticDescriptor MutationInObserveOnly = new("RMD1010", "Mutation in observe_only", Error,
        "{0}");

    /// <summary>A rollback that calls an irreversible, destructive or non-action target, or is mistyped.</summary>
    public static readonly DiagnosticDescriptor InvalidRollback = new("RMD1011", "Invalid rollback", Error,
        "{0}");

    /// <summary>A string literal that looks like a secret (password, token, key).</summary>
    public static readonly DiagnosticDescriptor SecretLiteral = new("RMD1012", "Secret in source", Error,
        "{0}");

    /// <summary>Two mutating playbooks in one module that fire on the same alert with no priority.</summary>
    public static readonly DiagnosticDescriptor OverlappingPlaybooks = new("RMD1013", "Overlapping playbooks", Warning,
        "{0}");

    /// <summary>A selector of '' or '*', or a mutating target list from a population query with no filter and no take.</summary>
    public static readonly DiagnosticDescriptor UnboundedSelector = new("RMD1014", "Selector matches everything", Error,
        "{0}");

    /// <summary>A mutating call in a playbook triggered by a resolved alert.</summary>
    public static readonly DiagnosticDescriptor MutationOnResolved = new("RMD1015", "Mutation on a resolved trigger", Error,
        "{0}");

    /// <summary>A verify without within, a non-literal retry backoff, wait, pause or verify window, or a rollback the journal cannot replay.</summary>
    public static readonly DiagnosticDescriptor UnboundedWait = new("RMD1016", "No finite bound or unreplayable rollback", Error,
        "{0}");

    /// <summary>A line that starts with '(', '[' or '-' and so continues the expression above it.</summary>
    public static readonly DiagnosticDescriptor LineContinuesExpression = new("RMD0021", "Line continues the expression above", Warning,
        "this line starts with '{0}', so it continues the expression on the line above ({1}); if it begins something new, end the line above with ';'");

    // ---- emit: RMD2001–RMD2099 ---------------------------------------------------

    /// <summary>Generated C# uses a type or member outside the playbook API.</summary>
    public static readonly DiagnosticDescriptor ForbiddenApi = new("RMD2001", "Forbidden API in generated code", Error,
        "the generated C# uses {0}, which playbooks may not use: {1}");

    /// <summary>Generated C# uses a language construct playbooks may not use (unsafe code, dynamic, unbounded loops, mutable state).</summary>
    public static readonly DiagnosticDescriptor ForbiddenConstruct = new("RMD2002", "Forbidden construct in generated code", Error,
        "the generated C# uses {0}, which playbooks may not use: {1}");

    /// <summary>Generated C# names something that the reference set does not provide.</summary>
    public static readonly DiagnosticDescriptor UnavailableApi = new("RMD2003", "API not available to playbooks", Error,
        "the generated C# refers to '{0}', which the playbook API does not provide; playbooks are compiled against Remedy.Runtime and a few framework assemblies only");

    /// <summary>Generated C# that does not compile: a bug in the compiler or a hand-edited file.</summary>
    public static readonly DiagnosticDescriptor GeneratedCodeError = new("RMD2004", "Generated code does not compile", Error,
        "the C# generated for this line does not compile ({0}: {1}); this is a compiler bug unless the C# was edited by hand");

    /// <summary>The compiler cannot produce assemblies on this machine.</summary>
    public static readonly DiagnosticDescriptor EmitUnavailable = new("RMD2005", "Cannot compile playbooks", Error,
        "cannot compile playbooks: {0}");

    /// <summary>A construct the code generator does not support.</summary>
    public static readonly DiagnosticDescriptor UnsupportedConstruct = new("RMD2006", "Construct not supported by the code generator", Error,
        "{0} cannot be compiled to C#: {1}");

    /// <summary>All descriptors, in code order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        UnexpectedCharacter, UnterminatedString, UnterminatedComment, ExpectedToken, UnexpectedToken,
        UnknownDurationUnit, UnknownAutonomyLevel, UnknownEffect, UnknownRisk, UnknownPolicy,
        NumberOutOfRange, InvalidEscape, InvalidInterpolation, DuplicateClause, MisplacedHeader,
        FixedPolicyOption, DanglingDocComment, PercentOutOfRange, UnreadableFile, ChainedComparison, LineContinuesExpression,
        UndefinedName, UnknownModule, DuplicateDeclaration, DuplicateName, UnknownMember,
        UnknownField, UnknownType, TypeMismatch, OperatorMismatch, ConditionNotBool,
        NotAValue, NotCallable, MissingArgument, TooManyArguments, DuplicateArgument,
        UnknownArgumentName, PositionalAfterNamed, ArgumentType, ActionNotStatement, ItOutsidePipeline,
        AlertOutsidePlaybook, InvalidSetting, MissingClause, RollbackAndIrreversible, DestructiveNotIrreversible,
        NotIndexable, NotAList, UselessStatement, UnknownOption, SimulationOnlyFunction,
        UnknownPolicyParameter, PolicyParameterWrongType, PolicyParameterRange, DuplicatePolicyParameter,
        MissingRollback, IrreversibleAtAutonomous, RiskExceedsAutonomy, MissingBlastRadius, TargetBoundExceeded,
        TargetOutOfScope, MissingCircuitBreaker, MissingVerify, TimeoutExceeded, MutationInObserveOnly,
        InvalidRollback, SecretLiteral, OverlappingPlaybooks, UnboundedSelector, MutationOnResolved,
        UnboundedWait,
        ForbiddenApi, ForbiddenConstruct, UnavailableApi, GeneratedCodeError, EmitUnavailable, UnsupportedConstruct,
    ];
}
