from desktop.gui.forms import compile_all

for path in compile_all():
    print(path)
