// The lexer of Remedy.Lang. Keep it in sync with docs/language.md; the VS Code
// TextMate grammar is tested against the keyword list below.
lexer grammar RemedyLexer;

channels { COMMENTS }

// ---- trivia ---------------------------------------------------------------
DOC_COMMENT   : '///' ~[\r\n]* -> channel(COMMENTS);
LINE_COMMENT  : '//' ~[\r\n]* -> channel(COMMENTS);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(COMMENTS);
// An unclosed block comment swallows the rest of the file; the builder reports it.
UNTERMINATED_BLOCK_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF -> channel(COMMENTS);
WS            : [ \t\r\n\u000C]+ -> channel(HIDDEN);

// ---- keywords: declarations --------------------------------------------------
MODULE        : 'module';
IMPORT        : 'import';
AS            : 'as';
RESOURCE      : 'resource';
QUERY         : 'query';
ACTION        : 'action';
PLAYBOOK      : 'playbook';
SIMULATION    : 'simulation';

// ---- keywords: action and query clauses ---------------------------------------
EFFECT        : 'effect';
RISK          : 'risk';
CAPTURE       : 'capture';
ROLLBACK      : 'rollback';
IRREVERSIBLE  : 'irreversible';
PROVIDER      : 'provider';
TIMEOUT       : 'timeout';
MAX_RESULTS   : 'max_results';

// ---- keywords: playbook settings --------------------------------------------
TRIGGER       : 'trigger';
ALERT         : 'alert';
RESOLVED      : 'resolved';
AUTONOMY      : 'autonomy';
PROMOTE       : 'promote';
TO            : 'to';
AFTER         : 'after';
RUNS          : 'runs';
WHEN          : 'when';
BLAST_RADIUS  : 'blast_radius';
MAX_TARGETS   : 'max_targets';
MAX_PERCENT   : 'max_percent';
SCOPE         : 'scope';
CIRCUIT_BREAKER : 'circuit_breaker';
TRIP          : 'trip';
FAILURES      : 'failures';
WITHIN        : 'within';
COOLDOWN      : 'cooldown';
RATE_LIMIT    : 'rate_limit';
PER           : 'per';
TARGET        : 'target';
APPROVERS     : 'approvers';
PRIORITY      : 'priority';

// ---- keywords: steps and statements -----------------------------------------
LET           : 'let';
STEP          : 'step';
FOR           : 'for';
IN            : 'in';
BATCH         : 'batch';
PAUSE         : 'pause';
IF            : 'if';
ELSE          : 'else';
WAIT          : 'wait';
REQUIRE       : 'require';
ABORT         : 'abort';
NOTIFY        : 'notify';
ESCALATE      : 'escalate';
RETRY         : 'retry';
BACKOFF       : 'backoff';
VERIFY        : 'verify';
EVERY         : 'every';
CHOOSE        : 'choose';
REMEDY        : 'remedy';
BY            : 'by';
FEATURES      : 'features';
OPTION        : 'option';
ON            : 'on';
FAILURE       : 'failure';
SUCCESS       : 'success';

// ---- keywords: simulations --------------------------------------------------
INCIDENTS     : 'incidents';
SEED          : 'seed';
POPULATION    : 'population';
OF            : 'of';
OUTCOME       : 'outcome';
RECOVERY      : 'recovery';

// ---- keywords: expressions --------------------------------------------------
WHERE         : 'where';
TAKE          : 'take';
SORT          : 'sort';
DESC          : 'desc';
ASC           : 'asc';
MAP           : 'map';
ALL           : 'all';
ANY           : 'any';
AND           : 'and';
OR            : 'or';
NOT           : 'not';
TRUE          : 'true';
FALSE         : 'false';

// ---- punctuation ------------------------------------------------------------
ARROW         : '->';
EQ            : '==';
NEQ           : '!=';
LE            : '<=';
GE            : '>=';
LT            : '<';
GT            : '>';
ASSIGN        : '=';
PLUS          : '+';
MINUS         : '-';
STAR          : '*';
SLASH         : '/';
PIPE          : '|';
DOT           : '.';
COMMA         : ',';
COLON         : ':';
SEMI          : ';';
QUESTION      : '?';
LPAREN        : '(';
RPAREN        : ')';
LBRACE        : '{';
RBRACE        : '}';
LBRACK        : '[';
RBRACK        : ']';

// ---- literals -----------------------------------------------------------------
PERCENT_LIT   : DIGITS ('.' DIGITS)? '%';
// A number glued to letters is a duration; the builder checks the unit so that
// '5x' gets a precise message instead of two unrelated tokens.
DURATION_LIT  : DIGITS ('.' DIGITS)? [a-zA-Z_]+;
NUMBER_LIT    : DIGITS '.' DIGITS;
INT_LIT       : DIGITS;
// Strings keep their interpolations inside the one token; the builder splits
// them and parses each ${...} as an expression with exact spans.
STRING_LIT    : '"' STRING_PART* '"';
UNTERMINATED_STRING : '"' STRING_PART*;

IDENTIFIER    : [a-zA-Z_] [a-zA-Z_0-9]*;

// Anything else becomes one token the parser rejects with a clear message,
// never a lexer exception.
ERROR_CHAR    : .;

fragment DIGITS      : [0-9] ('_'? [0-9])*;
fragment STRING_PART : ESCAPE | INTERPOLATION | ~["\\\r\n];
fragment ESCAPE      : '\\' .;
fragment INTERPOLATION : '${' INTERP_PART* '}';
fragment INTERP_PART : ~[{}"\r\n] | '"' STRING_PART* '"' | '{' INTERP_PART* '}';
