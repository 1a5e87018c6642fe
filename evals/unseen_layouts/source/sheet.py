import sys, glob
from PIL import Image
prefix, out = sys.argv[1], sys.argv[2]
cols = int(sys.argv[3]) if len(sys.argv) > 3 else 5
fs = sorted(f for f in glob.glob(prefix + '-*.png'))
ims = [Image.open(f) for f in fs]
w, h = max(i.width for i in ims), max(i.height for i in ims)
rows = (len(ims) + cols - 1) // cols
S = Image.new('RGB', (w * cols, h * rows), 'white')
for k, i in enumerate(ims):
    S.paste(i, ((k % cols) * w, (k // cols) * h))
S.save(out)
