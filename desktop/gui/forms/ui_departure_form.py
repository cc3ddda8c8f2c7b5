# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'departure_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from desktop.gui.widgets import (CnicEdit, DateEdit)

class Ui_DepartureForm(object):
    def setupUi(self, DepartureForm):
        if not DepartureForm.objectName():
            DepartureForm.setObjectName(u"DepartureForm")
        DepartureForm.resize(1100, 720)
        self.formLayout = QVBoxLayout(DepartureForm)
        self.formLayout.setObjectName(u"formLayout")
        self.scanGroup = QGroupBox(DepartureForm)
        self.scanGroup.setObjectName(u"scanGroup")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.scanGroup.sizePolicy().hasHeightForWidth())
        self.scanGroup.setSizePolicy(sizePolicy)
        self.scanLayout = QVBoxLayout(self.scanGroup)
        self.scanLayout.setObjectName(u"scanLayout")
        self.scanEdit = QPlainTextEdit(self.scanGroup)
        self.scanEdit.setObjectName(u"scanEdit")
        self.scanEdit.setTabChangesFocus(True)
        self.scanEdit.setLineWrapMode(QPlainTextEdit.NoWrap)

        self.scanLayout.addWidget(self.scanEdit)

        self.scanMessage = QLabel(self.scanGroup)
        self.scanMessage.setObjectName(u"scanMessage")
        self.scanMessage.setWordWrap(True)
        self.scanMessage.setTextFormat(Qt.PlainText)

        self.scanLayout.addWidget(self.scanMessage)


        self.formLayout.addWidget(self.scanGroup)

        self.groupsLayout = QHBoxLayout()
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.personGroup = QGroupBox(DepartureForm)
        self.personGroup.setObjectName(u"personGroup")
        self.personGrid = QGridLayout(self.personGroup)
        self.personGrid.setObjectName(u"personGrid")
        self.personGrid.setVerticalSpacing(2)
        self.surnameLabel = QLabel(self.personGroup)
        self.surnameLabel.setObjectName(u"surnameLabel")

        self.personGrid.addWidget(self.surnameLabel, 0, 0, 1, 1)

        self.surnameEdit = QLineEdit(self.personGroup)
        self.surnameEdit.setObjectName(u"surnameEdit")

        self.personGrid.addWidget(self.surnameEdit, 0, 1, 1, 1)

        self.surnameMessage = QLabel(self.personGroup)
        self.surnameMessage.setObjectName(u"surnameMessage")
        self.surnameMessage.setVisible(False)
        self.surnameMessage.setWordWrap(True)
        self.surnameMessage.setTextFormat(Qt.PlainText)

        self.personGrid.addWidget(self.surnameMessage, 1, 1, 1, 1)

        self.givenNamesLabel = QLabel(self.personGroup)
        self.givenNamesLabel.setObjectName(u"givenNamesLabel")

        self.personGrid.addWidget(self.givenNamesLabel, 2, 0, 1, 1)

        self.givenNamesEdit = QLineEdit(self.personGroup)
        self.givenNamesEdit.setObjectName(u"givenNamesEdit")

        self.personGrid.addWidget(self.givenNamesEdit, 2, 1, 1, 1)

        self.givenNamesMessage = QLabel(self.personGroup)
        self.givenNamesMessage.setObjectName(u"givenNamesMessage")
        self.givenNamesMessage.setVisible(False)
        self.givenNamesMessage.setWordWrap(True)
        self.givenNamesMessage.setTextFormat(Qt.PlainText)

        self.personGrid.addWidget(self.givenNamesMessage, 3, 1, 1, 1)

        self.nameUrduLabel = QLabel(self.personGroup)
        self.nameUrduLabel.setObjectName(u"nameUrduLabel")

        self.personGrid.addWidget(self.nameUrduLabel, 4, 0, 1, 1)

        self.nameUrduEdit = QLineEdit(self.personGroup)
        self.nameUrduEdit.setObjectName(u"nameUrduEdit")

        self.personGrid.addWidget(self.nameUrduEdit, 4, 1, 1, 1)

        self.nameUrduMessage = QLabel(self.personGroup)
        self.nameUrduMessage.setObjectName(u"nameUrduMessage")
        self.nameUrduMessage.setVisible(False)
        self.nameUrduMessage.setWordWrap(True)
        self.nameUrduMessage.setTextFormat(Qt.PlainText)

        self.personGrid.addWidget(self.nameUrduMessage, 5, 1, 1, 1)

        self.fatherNameLabel = QLabel(self.personGroup)
        self.fatherNameLabel.setObjectName(u"fatherNameLabel")

        self.personGrid.addWidget(self.fatherNameLabel, 6, 0, 1, 1)

        self.fatherNameEdit = QLineEdit(self.personGroup)
        self.fatherNameEdit.setObjectName(u"fatherNameEdit")

        self.personGrid.addWidget(self.fatherNameEdit, 6, 1, 1, 1)

        self.fatherNameMessage = QLabel(self.personGroup)
        self.fatherNameMessage.setObjectName(u"fatherNameMessage")
        self.fatherNameMessage.setVisible(False)
        self.fatherNameMessage.setWordWrap(True)
        self.fatherNameMessage.setTextFormat(Qt.PlainText)

        self.personGrid.addWidget(self.fatherNameMessage, 7, 1, 1, 1)

        self.cnicLabel = QLabel(self.personGroup)
        self.cnicLabel.setObjectName(u"cnicLabel")

        self.personGrid.addWidget(self.cnicLabel, 8, 0, 1, 1)

        self.cnicEdit = CnicEdit(self.personGroup)
        self.cnicEdit.setObjectName(u"cnicEdit")
        self.cnicEdit.setInputMask(u"99999-9999999-9;_")
        self.cnicEdit.setPlaceholderText(u"35202-1234567-1")

        self.personGrid.addWidget(self.cnicEdit, 8, 1, 1, 1)

        self.cnicMessage = QLabel(self.personGroup)
        self.cnicMessage.setObjectName(u"cnicMessage")
        self.cnicMessage.setVisible(False)
        self.cnicMessage.setWordWrap(True)
        self.cnicMessage.setTextFormat(Qt.PlainText)

        self.personGrid.addWidget(self.cnicMessage, 9, 1, 1, 1)

        self.passportNoLabel = QLabel(self.personGroup)
        self.passportNoLabel.setObjectName(u"passportNoLabel")

        self.personGrid.addWidget(self.passportNoLabel, 10, 0, 1, 1)

        self.passportNoEdit = QLineEdit(self.personGroup)
        self.passportNoEdit.setObjectName(u"passportNoEdit")
        self.passportNoEdit.setMaxLength(9)
        self.passportNoEdit.setPlaceholderText(u"AB1234567")

        self.personGrid.addWidget(self.passportNoEdit, 10, 1, 1, 1)

        self.passportNoMessage = QLabel(self.personGroup)
        self.passportNoMessage.setObjectName(u"passportNoMessage")
        self.passportNoMessage.setVisible(False)
        self.passportNoMessage.setWordWrap(True)
        self.passportNoMessage.setTextFormat(Qt.PlainText)

        self.personGrid.addWidget(self.passportNoMessage, 11, 1, 1, 1)

        self.passportExpiryLabel = QLabel(self.personGroup)
        self.passportExpiryLabel.setObjectName(u"passportExpiryLabel")

        self.personGrid.addWidget(self.passportExpiryLabel, 12, 0, 1, 1)

        self.passportExpiryEdit = DateEdit(self.personGroup)
        self.passportExpiryEdit.setObjectName(u"passportExpiryEdit")
        self.passportExpiryEdit.setPlaceholderText(u"yyyy-mm-dd")

        self.personGrid.addWidget(self.passportExpiryEdit, 12, 1, 1, 1)

        self.passportExpiryMessage = QLabel(self.personGroup)
        self.passportExpiryMessage.setObjectName(u"passportExpiryMessage")
        self.passportExpiryMessage.setVisible(False)
        self.passportExpiryMessage.setWordWrap(True)
        self.passportExpiryMessage.setTextFormat(Qt.PlainText)

        self.personGrid.addWidget(self.passportExpiryMessage, 13, 1, 1, 1)

        self.nationalityLabel = QLabel(self.personGroup)
        self.nationalityLabel.setObjectName(u"nationalityLabel")

        self.personGrid.addWidget(self.nationalityLabel, 14, 0, 1, 1)

        self.nationalityEdit = QLineEdit(self.personGroup)
        self.nationalityEdit.setObjectName(u"nationalityEdit")
        self.nationalityEdit.setMaxLength(3)
        self.nationalityEdit.setText(u"PAK")

        self.personGrid.addWidget(self.nationalityEdit, 14, 1, 1, 1)

        self.nationalityMessage = QLabel(self.personGroup)
        self.nationalityMessage.setObjectName(u"nationalityMessage")
        self.nationalityMessage.setVisible(False)
        self.nationalityMessage.setWordWrap(True)
        self.nationalityMessage.setTextFormat(Qt.PlainText)

        self.personGrid.addWidget(self.nationalityMessage, 15, 1, 1, 1)

        self.birthDateLabel = QLabel(self.personGroup)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.personGrid.addWidget(self.birthDateLabel, 16, 0, 1, 1)

        self.birthDateEdit = DateEdit(self.personGroup)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setPlaceholderText(u"yyyy-mm-dd")

        self.personGrid.addWidget(self.birthDateEdit, 16, 1, 1, 1)

        self.birthDateMessage = QLabel(self.personGroup)
        self.birthDateMessage.setObjectName(u"birthDateMessage")
        self.birthDateMessage.setVisible(False)
        self.birthDateMessage.setWordWrap(True)
        self.birthDateMessage.setTextFormat(Qt.PlainText)

        self.personGrid.addWidget(self.birthDateMessage, 17, 1, 1, 1)

        self.sexLabel = QLabel(self.personGroup)
        self.sexLabel.setObjectName(u"sexLabel")

        self.personGrid.addWidget(self.sexLabel, 18, 0, 1, 1)

        self.sexCombo = QComboBox(self.personGroup)
        self.sexCombo.setObjectName(u"sexCombo")

        self.personGrid.addWidget(self.sexCombo, 18, 1, 1, 1)

        self.sexMessage = QLabel(self.personGroup)
        self.sexMessage.setObjectName(u"sexMessage")
        self.sexMessage.setVisible(False)
        self.sexMessage.setWordWrap(True)
        self.sexMessage.setTextFormat(Qt.PlainText)

        self.personGrid.addWidget(self.sexMessage, 19, 1, 1, 1)

        self.phoneLabel = QLabel(self.personGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personGrid.addWidget(self.phoneLabel, 20, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.personGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setPlaceholderText(u"0300 1234567")

        self.personGrid.addWidget(self.phoneEdit, 20, 1, 1, 1)

        self.phoneMessage = QLabel(self.personGroup)
        self.phoneMessage.setObjectName(u"phoneMessage")
        self.phoneMessage.setVisible(False)
        self.phoneMessage.setWordWrap(True)
        self.phoneMessage.setTextFormat(Qt.PlainText)

        self.personGrid.addWidget(self.phoneMessage, 21, 1, 1, 1)

        self.personSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.personGrid.addItem(self.personSpacer, 22, 1, 1, 1)


        self.groupsLayout.addWidget(self.personGroup)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.jobGroup = QGroupBox(DepartureForm)
        self.jobGroup.setObjectName(u"jobGroup")
        self.jobGrid = QGridLayout(self.jobGroup)
        self.jobGrid.setObjectName(u"jobGrid")
        self.jobGrid.setVerticalSpacing(2)
        self.tradeLabel = QLabel(self.jobGroup)
        self.tradeLabel.setObjectName(u"tradeLabel")

        self.jobGrid.addWidget(self.tradeLabel, 0, 0, 1, 1)

        self.tradeEdit = QLineEdit(self.jobGroup)
        self.tradeEdit.setObjectName(u"tradeEdit")

        self.jobGrid.addWidget(self.tradeEdit, 0, 1, 1, 1)

        self.tradeMessage = QLabel(self.jobGroup)
        self.tradeMessage.setObjectName(u"tradeMessage")
        self.tradeMessage.setVisible(False)
        self.tradeMessage.setWordWrap(True)
        self.tradeMessage.setTextFormat(Qt.PlainText)

        self.jobGrid.addWidget(self.tradeMessage, 1, 1, 1, 1)

        self.destinationLabel = QLabel(self.jobGroup)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.jobGrid.addWidget(self.destinationLabel, 2, 0, 1, 1)

        self.destinationCombo = QComboBox(self.jobGroup)
        self.destinationCombo.setObjectName(u"destinationCombo")
        self.destinationCombo.setEditable(True)

        self.jobGrid.addWidget(self.destinationCombo, 2, 1, 1, 1)

        self.destinationMessage = QLabel(self.jobGroup)
        self.destinationMessage.setObjectName(u"destinationMessage")
        self.destinationMessage.setVisible(False)
        self.destinationMessage.setWordWrap(True)
        self.destinationMessage.setTextFormat(Qt.PlainText)

        self.jobGrid.addWidget(self.destinationMessage, 3, 1, 1, 1)

        self.employerLabel = QLabel(self.jobGroup)
        self.employerLabel.setObjectName(u"employerLabel")

        self.jobGrid.addWidget(self.employerLabel, 4, 0, 1, 1)

        self.employerEdit = QLineEdit(self.jobGroup)
        self.employerEdit.setObjectName(u"employerEdit")

        self.jobGrid.addWidget(self.employerEdit, 4, 1, 1, 1)

        self.employerMessage = QLabel(self.jobGroup)
        self.employerMessage.setObjectName(u"employerMessage")
        self.employerMessage.setVisible(False)
        self.employerMessage.setWordWrap(True)
        self.employerMessage.setTextFormat(Qt.PlainText)

        self.jobGrid.addWidget(self.employerMessage, 5, 1, 1, 1)

        self.visaNoLabel = QLabel(self.jobGroup)
        self.visaNoLabel.setObjectName(u"visaNoLabel")

        self.jobGrid.addWidget(self.visaNoLabel, 6, 0, 1, 1)

        self.visaNoEdit = QLineEdit(self.jobGroup)
        self.visaNoEdit.setObjectName(u"visaNoEdit")

        self.jobGrid.addWidget(self.visaNoEdit, 6, 1, 1, 1)

        self.visaNoMessage = QLabel(self.jobGroup)
        self.visaNoMessage.setObjectName(u"visaNoMessage")
        self.visaNoMessage.setVisible(False)
        self.visaNoMessage.setWordWrap(True)
        self.visaNoMessage.setTextFormat(Qt.PlainText)

        self.jobGrid.addWidget(self.visaNoMessage, 7, 1, 1, 1)

        self.visaProfessionLabel = QLabel(self.jobGroup)
        self.visaProfessionLabel.setObjectName(u"visaProfessionLabel")

        self.jobGrid.addWidget(self.visaProfessionLabel, 8, 0, 1, 1)

        self.visaProfessionEdit = QLineEdit(self.jobGroup)
        self.visaProfessionEdit.setObjectName(u"visaProfessionEdit")

        self.jobGrid.addWidget(self.visaProfessionEdit, 8, 1, 1, 1)

        self.visaProfessionMessage = QLabel(self.jobGroup)
        self.visaProfessionMessage.setObjectName(u"visaProfessionMessage")
        self.visaProfessionMessage.setVisible(False)
        self.visaProfessionMessage.setWordWrap(True)
        self.visaProfessionMessage.setTextFormat(Qt.PlainText)

        self.jobGrid.addWidget(self.visaProfessionMessage, 9, 1, 1, 1)

        self.visaCountryLabel = QLabel(self.jobGroup)
        self.visaCountryLabel.setObjectName(u"visaCountryLabel")

        self.jobGrid.addWidget(self.visaCountryLabel, 10, 0, 1, 1)

        self.visaCountryCombo = QComboBox(self.jobGroup)
        self.visaCountryCombo.setObjectName(u"visaCountryCombo")
        self.visaCountryCombo.setEditable(True)

        self.jobGrid.addWidget(self.visaCountryCombo, 10, 1, 1, 1)

        self.visaCountryMessage = QLabel(self.jobGroup)
        self.visaCountryMessage.setObjectName(u"visaCountryMessage")
        self.visaCountryMessage.setVisible(False)
        self.visaCountryMessage.setWordWrap(True)
        self.visaCountryMessage.setTextFormat(Qt.PlainText)

        self.jobGrid.addWidget(self.visaCountryMessage, 11, 1, 1, 1)

        self.channelLabel = QLabel(self.jobGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.jobGrid.addWidget(self.channelLabel, 12, 0, 1, 1)

        self.channelCombo = QComboBox(self.jobGroup)
        self.channelCombo.setObjectName(u"channelCombo")

        self.jobGrid.addWidget(self.channelCombo, 12, 1, 1, 1)

        self.channelMessage = QLabel(self.jobGroup)
        self.channelMessage.setObjectName(u"channelMessage")
        self.channelMessage.setVisible(False)
        self.channelMessage.setWordWrap(True)
        self.channelMessage.setTextFormat(Qt.PlainText)

        self.jobGrid.addWidget(self.channelMessage, 13, 1, 1, 1)

        self.oepLicenceNoLabel = QLabel(self.jobGroup)
        self.oepLicenceNoLabel.setObjectName(u"oepLicenceNoLabel")

        self.jobGrid.addWidget(self.oepLicenceNoLabel, 14, 0, 1, 1)

        self.oepLicenceNoEdit = QLineEdit(self.jobGroup)
        self.oepLicenceNoEdit.setObjectName(u"oepLicenceNoEdit")

        self.jobGrid.addWidget(self.oepLicenceNoEdit, 14, 1, 1, 1)

        self.oepLicenceNoMessage = QLabel(self.jobGroup)
        self.oepLicenceNoMessage.setObjectName(u"oepLicenceNoMessage")
        self.oepLicenceNoMessage.setVisible(False)
        self.oepLicenceNoMessage.setWordWrap(True)
        self.oepLicenceNoMessage.setTextFormat(Qt.PlainText)

        self.jobGrid.addWidget(self.oepLicenceNoMessage, 15, 1, 1, 1)

        self.protectorNoLabel = QLabel(self.jobGroup)
        self.protectorNoLabel.setObjectName(u"protectorNoLabel")

        self.jobGrid.addWidget(self.protectorNoLabel, 16, 0, 1, 1)

        self.protectorNoEdit = QLineEdit(self.jobGroup)
        self.protectorNoEdit.setObjectName(u"protectorNoEdit")

        self.jobGrid.addWidget(self.protectorNoEdit, 16, 1, 1, 1)

        self.protectorNoMessage = QLabel(self.jobGroup)
        self.protectorNoMessage.setObjectName(u"protectorNoMessage")
        self.protectorNoMessage.setVisible(False)
        self.protectorNoMessage.setWordWrap(True)
        self.protectorNoMessage.setTextFormat(Qt.PlainText)

        self.jobGrid.addWidget(self.protectorNoMessage, 17, 1, 1, 1)

        self.jobSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.jobGrid.addItem(self.jobSpacer, 18, 1, 1, 1)


        self.rightColumn.addWidget(self.jobGroup)

        self.travelGroup = QGroupBox(DepartureForm)
        self.travelGroup.setObjectName(u"travelGroup")
        self.travelGrid = QGridLayout(self.travelGroup)
        self.travelGrid.setObjectName(u"travelGrid")
        self.travelGrid.setVerticalSpacing(2)
        self.departureDateLabel = QLabel(self.travelGroup)
        self.departureDateLabel.setObjectName(u"departureDateLabel")

        self.travelGrid.addWidget(self.departureDateLabel, 0, 0, 1, 1)

        self.departureDateEdit = DateEdit(self.travelGroup)
        self.departureDateEdit.setObjectName(u"departureDateEdit")
        self.departureDateEdit.setPlaceholderText(u"yyyy-mm-dd")

        self.travelGrid.addWidget(self.departureDateEdit, 0, 1, 1, 1)

        self.departureDateMessage = QLabel(self.travelGroup)
        self.departureDateMessage.setObjectName(u"departureDateMessage")
        self.departureDateMessage.setVisible(False)
        self.departureDateMessage.setWordWrap(True)
        self.departureDateMessage.setTextFormat(Qt.PlainText)

        self.travelGrid.addWidget(self.departureDateMessage, 1, 1, 1, 1)

        self.remarksLabel = QLabel(self.travelGroup)
        self.remarksLabel.setObjectName(u"remarksLabel")

        self.travelGrid.addWidget(self.remarksLabel, 2, 0, 1, 1)

        self.remarksEdit = QLineEdit(self.travelGroup)
        self.remarksEdit.setObjectName(u"remarksEdit")

        self.travelGrid.addWidget(self.remarksEdit, 2, 1, 1, 1)

        self.remarksMessage = QLabel(self.travelGroup)
        self.remarksMessage.setObjectName(u"remarksMessage")
        self.remarksMessage.setVisible(False)
        self.remarksMessage.setWordWrap(True)
        self.remarksMessage.setTextFormat(Qt.PlainText)

        self.travelGrid.addWidget(self.remarksMessage, 3, 1, 1, 1)

        self.travelSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.travelGrid.addItem(self.travelSpacer, 4, 1, 1, 1)


        self.rightColumn.addWidget(self.travelGroup)


        self.groupsLayout.addLayout(self.rightColumn)


        self.formLayout.addLayout(self.groupsLayout)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.formMessage = QLabel(DepartureForm)
        self.formMessage.setObjectName(u"formMessage")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.formMessage.sizePolicy().hasHeightForWidth())
        self.formMessage.setSizePolicy(sizePolicy1)
        self.formMessage.setWordWrap(True)
        self.formMessage.setTextFormat(Qt.PlainText)

        self.buttonLayout.addWidget(self.formMessage)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.newButton = QPushButton(DepartureForm)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.saveButton = QPushButton(DepartureForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.saveNewButton = QPushButton(DepartureForm)
        self.saveNewButton.setObjectName(u"saveNewButton")

        self.buttonLayout.addWidget(self.saveNewButton)


        self.formLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.surnameLabel.setBuddy(self.surnameEdit)
        self.givenNamesLabel.setBuddy(self.givenNamesEdit)
        self.nameUrduLabel.setBuddy(self.nameUrduEdit)
        self.fatherNameLabel.setBuddy(self.fatherNameEdit)
        self.cnicLabel.setBuddy(self.cnicEdit)
        self.passportNoLabel.setBuddy(self.passportNoEdit)
        self.passportExpiryLabel.setBuddy(self.passportExpiryEdit)
        self.nationalityLabel.setBuddy(self.nationalityEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.tradeLabel.setBuddy(self.tradeEdit)
        self.destinationLabel.setBuddy(self.destinationCombo)
        self.employerLabel.setBuddy(self.employerEdit)
        self.visaNoLabel.setBuddy(self.visaNoEdit)
        self.visaProfessionLabel.setBuddy(self.visaProfessionEdit)
        self.visaCountryLabel.setBuddy(self.visaCountryCombo)
        self.channelLabel.setBuddy(self.channelCombo)
        self.oepLicenceNoLabel.setBuddy(self.oepLicenceNoEdit)
        self.protectorNoLabel.setBuddy(self.protectorNoEdit)
        self.departureDateLabel.setBuddy(self.departureDateEdit)
        self.remarksLabel.setBuddy(self.remarksEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scanEdit, self.surnameEdit)
        QWidget.setTabOrder(self.surnameEdit, self.givenNamesEdit)
        QWidget.setTabOrder(self.givenNamesEdit, self.nameUrduEdit)
        QWidget.setTabOrder(self.nameUrduEdit, self.fatherNameEdit)
        QWidget.setTabOrder(self.fatherNameEdit, self.cnicEdit)
        QWidget.setTabOrder(self.cnicEdit, self.passportNoEdit)
        QWidget.setTabOrder(self.passportNoEdit, self.passportExpiryEdit)
        QWidget.setTabOrder(self.passportExpiryEdit, self.nationalityEdit)
        QWidget.setTabOrder(self.nationalityEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.tradeEdit)
        QWidget.setTabOrder(self.tradeEdit, self.destinationCombo)
        QWidget.setTabOrder(self.destinationCombo, self.employerEdit)
        QWidget.setTabOrder(self.employerEdit, self.visaNoEdit)
        QWidget.setTabOrder(self.visaNoEdit, self.visaProfessionEdit)
        QWidget.setTabOrder(self.visaProfessionEdit, self.visaCountryCombo)
        QWidget.setTabOrder(self.visaCountryCombo, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.oepLicenceNoEdit)
        QWidget.setTabOrder(self.oepLicenceNoEdit, self.protectorNoEdit)
        QWidget.setTabOrder(self.protectorNoEdit, self.departureDateEdit)
        QWidget.setTabOrder(self.departureDateEdit, self.remarksEdit)
        QWidget.setTabOrder(self.remarksEdit, self.newButton)
        QWidget.setTabOrder(self.newButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.saveNewButton)

        self.retranslateUi(DepartureForm)

        self.saveNewButton.setDefault(True)


        QMetaObject.connectSlotsByName(DepartureForm)
    # setupUi

    def retranslateUi(self, DepartureForm):
        DepartureForm.setWindowTitle(QCoreApplication.translate("DepartureForm", u"Departure", None))
        self.scanGroup.setTitle(QCoreApplication.translate("DepartureForm", u"Scan passport", None))
        self.scanEdit.setPlaceholderText(QCoreApplication.translate("DepartureForm", u"Scan the two lines at the bottom of the passport's photo page here (or type them, pressing Enter after each line)", None))
        self.personGroup.setTitle(QCoreApplication.translate("DepartureForm", u"Person", None))
        self.surnameLabel.setText(QCoreApplication.translate("DepartureForm", u"Surname", None))
        self.givenNamesLabel.setText(QCoreApplication.translate("DepartureForm", u"Given names", None))
        self.nameUrduLabel.setText(QCoreApplication.translate("DepartureForm", u"Name in Urdu", None))
        self.fatherNameLabel.setText(QCoreApplication.translate("DepartureForm", u"Father's name", None))
        self.cnicLabel.setText(QCoreApplication.translate("DepartureForm", u"CNIC", None))
        self.passportNoLabel.setText(QCoreApplication.translate("DepartureForm", u"Passport no.", None))
        self.passportExpiryLabel.setText(QCoreApplication.translate("DepartureForm", u"Passport expiry", None))
        self.nationalityLabel.setText(QCoreApplication.translate("DepartureForm", u"Nationality", None))
        self.birthDateLabel.setText(QCoreApplication.translate("DepartureForm", u"Date of birth", None))
        self.sexLabel.setText(QCoreApplication.translate("DepartureForm", u"Sex", None))
        self.phoneLabel.setText(QCoreApplication.translate("DepartureForm", u"Phone", None))
        self.jobGroup.setTitle(QCoreApplication.translate("DepartureForm", u"Job", None))
        self.tradeLabel.setText(QCoreApplication.translate("DepartureForm", u"Trade / profession", None))
        self.destinationLabel.setText(QCoreApplication.translate("DepartureForm", u"Destination country", None))
        self.employerLabel.setText(QCoreApplication.translate("DepartureForm", u"Foreign employer", None))
        self.visaNoLabel.setText(QCoreApplication.translate("DepartureForm", u"Visa no.", None))
        self.visaProfessionLabel.setText(QCoreApplication.translate("DepartureForm", u"Visa profession", None))
        self.visaProfessionEdit.setPlaceholderText(QCoreApplication.translate("DepartureForm", u"As printed on the visa", None))
        self.visaCountryLabel.setText(QCoreApplication.translate("DepartureForm", u"Visa country", None))
        self.channelLabel.setText(QCoreApplication.translate("DepartureForm", u"Channel", None))
        self.oepLicenceNoLabel.setText(QCoreApplication.translate("DepartureForm", u"OEP licence no.", None))
        self.protectorNoLabel.setText(QCoreApplication.translate("DepartureForm", u"Protector registration no.", None))
        self.travelGroup.setTitle(QCoreApplication.translate("DepartureForm", u"Travel", None))
        self.departureDateLabel.setText(QCoreApplication.translate("DepartureForm", u"Departure date", None))
        self.remarksLabel.setText(QCoreApplication.translate("DepartureForm", u"Remarks", None))
        self.newButton.setText(QCoreApplication.translate("DepartureForm", u"&New", None))
        self.saveButton.setText(QCoreApplication.translate("DepartureForm", u"&Save", None))
        self.saveNewButton.setText(QCoreApplication.translate("DepartureForm", u"Save && Ne&xt", None))
    # retranslateUi

