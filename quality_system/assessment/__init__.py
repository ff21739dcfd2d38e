"""The self-assessment's logic, apart from HTTP: the reader's answers (state), what to ask them
(framework), what the answers add up to (results) and the board action plan (plan)."""
