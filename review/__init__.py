"""`make review`: what went well and wrong in the stored conversations, and `make exporteer`:
a stored conversation as a test story.

The figures (gesprekken.py, cijfers.py, formulering.py) and the story (verhaal.py) are plain Python
on events in Rasa's JSON form; opslag.py reads them from the tracker store, rapport.py writes the
HTML page and the CSV files, __main__.py is the command line.
"""
