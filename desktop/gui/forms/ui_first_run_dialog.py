# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(560, 470)
        self.layout = QVBoxLayout(FirstRunDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.introLabel)

        self.fileRadio = QRadioButton(FirstRunDialog)
        self.fileRadio.setObjectName(u"fileRadio")
        self.fileRadio.setChecked(True)

        self.layout.addWidget(self.fileRadio)

        self.fileNoteLabel = QLabel(FirstRunDialog)
        self.fileNoteLabel.setObjectName(u"fileNoteLabel")
        self.fileNoteLabel.setWordWrap(True)
        self.fileNoteLabel.setTextFormat(Qt.PlainText)
        self.fileNoteLabel.setIndent(24)

        self.layout.addWidget(self.fileNoteLabel)

        self.serverRadio = QRadioButton(FirstRunDialog)
        self.serverRadio.setObjectName(u"serverRadio")

        self.layout.addWidget(self.serverRadio)

        self.serverGroup = QGroupBox(FirstRunDialog)
        self.serverGroup.setObjectName(u"serverGroup")
        self.serverFields = QFormLayout(self.serverGroup)
        self.serverFields.setObjectName(u"serverFields")
        self.hostLabel = QLabel(self.serverGroup)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(self.serverGroup)
        self.hostEdit.setObjectName(u"hostEdit")

        self.serverFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(self.serverGroup)
        self.portLabel.setObjectName(u"portLabel")

        self.serverFields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(self.serverGroup)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.serverFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseLabel = QLabel(self.serverGroup)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.serverFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(self.serverGroup)
        self.databaseEdit.setObjectName(u"databaseEdit")
        self.databaseEdit.setText(u"rawangi")

        self.serverFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userLabel = QLabel(self.serverGroup)
        self.userLabel.setObjectName(u"userLabel")

        self.serverFields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(self.serverGroup)
        self.userEdit.setObjectName(u"userEdit")

        self.serverFields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordNoteLabel = QLabel(self.serverGroup)
        self.passwordNoteLabel.setObjectName(u"passwordNoteLabel")
        self.passwordNoteLabel.setWordWrap(True)
        self.passwordNoteLabel.setTextFormat(Qt.PlainText)

        self.serverFields.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.passwordNoteLabel)

        self.testRow = QHBoxLayout()
        self.testRow.setObjectName(u"testRow")
        self.testButton = QPushButton(self.serverGroup)
        self.testButton.setObjectName(u"testButton")

        self.testRow.addWidget(self.testButton)

        self.testSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.testRow.addItem(self.testSpacer)


        self.serverFields.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.testRow)

        self.testLabel = QLabel(self.serverGroup)
        self.testLabel.setObjectName(u"testLabel")
        self.testLabel.setWordWrap(True)
        self.testLabel.setTextFormat(Qt.PlainText)

        self.serverFields.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.testLabel)


        self.layout.addWidget(self.serverGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileRadio, self.serverRadio)
        QWidget.setTabOrder(self.serverRadio, self.hostEdit)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.testButton)
        QWidget.setTabOrder(self.testButton, self.buttonBox)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Where Rawangi keeps the register", None))
        self.fileRadio.setText(QCoreApplication.translate("FirstRunDialog", u"&This PC alone", None))
        self.serverRadio.setText(QCoreApplication.translate("FirstRunDialog", u"The office &server", None))
        self.serverGroup.setTitle(QCoreApplication.translate("FirstRunDialog", u"The office server (PostgreSQL)", None))
        self.hostLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Address (name or IP)", None))
        self.portLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Port", None))
        self.databaseLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Database", None))
        self.userLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&User", None))
        self.testButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Test connection", None))
    # retranslateUi

