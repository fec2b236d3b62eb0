"""Saves a workbook as a password-protected (encrypted) .xlsx with LibreOffice, through UNO.

    /usr/bin/python3 encrypt-with-libreoffice.py in.xlsx out.xlsx password profile-dir

Used once by make-fixtures to produce a real encrypted workbook (an OLE2 container with
EncryptionInfo and EncryptedPackage streams), the kind Excel writes for a password to open.
"""
import os
import signal
import subprocess
import sys
import time

import uno
from com.sun.star.beans import NamedValue, PropertyValue

source, target, password, profile = sys.argv[1:5]
pipe = 'report_fixtures_%d' % os.getpid()
office = subprocess.Popen([
    'soffice', '-env:UserInstallation=' + uno.systemPathToFileUrl(os.path.abspath(profile)),
    '--headless', '--invisible', '--norestore', '--accept=pipe,name=%s;urp;' % pipe,
], start_new_session=True)


def stop_office():
    # soffice is a launcher; stop its whole process group so no soffice.bin is left behind.
    if office.poll() is None:
        try:
            os.killpg(office.pid, signal.SIGTERM)
            office.wait(timeout=30)
        except Exception:
            os.killpg(office.pid, signal.SIGKILL)


local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
context = None
for attempt in range(120):
    try:
        context = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
        break
    except Exception:
        time.sleep(0.5)
if context is None:
    stop_office()
    sys.exit('LibreOffice did not start')


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


try:
    desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), '_blank', 0, (prop('Hidden', True),))
    # The OOXML export encrypts when the media descriptor's EncryptionData holds an OOXPassword.
    secret = NamedValue()
    secret.Name = 'OOXPassword'
    secret.Value = password
    crypto = NamedValue()
    crypto.Name = 'CryptoType'
    crypto.Value = os.environ.get('CRYPTO_TYPE', 'Standard')
    encryption = uno.Any('[]com.sun.star.beans.NamedValue', (secret, crypto))
    arguments = (prop('FilterName', 'Calc MS Excel 2007 XML'), PropertyValue('EncryptionData', 0, encryption, 0))
    uno.invoke(document, 'storeToURL', (uno.systemPathToFileUrl(os.path.abspath(target)), arguments))
    document.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
    office.wait(timeout=60)
finally:
    stop_office()
